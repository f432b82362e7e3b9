package io.gongxin.dispute.internal;

import java.time.LocalDate;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The objection's lifecycle as the rules set it, without Spring: each verb and the transitions it refuses. */
class ObjectionLifecycleTest {

	static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 2);

	static Objection received() {
		return new Objection(7, new SubjectKey(42), 96L, "MARKET", "ERROR_OR_OMISSION", "写错了",
				Objection.Status.RECEIVED, RECEIVED_ON, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 9), null, null,
				null, null, null, false, null);
	}

	static Objection aboutOmission() {
		return new Objection(8, new SubjectKey(42), null, null, "ERROR_OR_OMISSION", "少了一条",
				Objection.Status.RECEIVED, RECEIVED_ON, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 9), null, null,
				null, null, new Objection.Omission("TAX_ARREARS", "欠税已缴清的记录缺失"), false, null);
	}

	static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, Objection.Status from) {
		assertThatThrownBy(step).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
			assertThat(e.code()).isEqualTo("INVALID_TRANSITION");
			assertThat(e.properties()).containsEntry("status", from.name());
		});
	}

	@Test
	void r29aTheCentreCorrectsAReceivedObjection() {
		Objection corrected = received().correctedByCentre("中心已更正");

		assertThat(corrected.status()).isEqualTo(Objection.Status.CORRECTED);
		assertThat(corrected.outcome()).isEqualTo("中心已更正");
		assertThat(corrected.marked()).as("R-30a: a corrected objection lifts the mark").isFalse();
		refused(() -> corrected.correctedByCentre("again"), Objection.Status.CORRECTED);
		refused(() -> corrected.forwardToProvider(RECEIVED_ON, RECEIVED_ON.plusDays(7)), Objection.Status.CORRECTED);
	}

	@Test
	void r29bForwardedToTheProviderWithItsDeadline() {
		LocalDate forwarded = LocalDate.of(2026, 3, 4);
		Objection next = received().forwardToProvider(forwarded, LocalDate.of(2026, 3, 11));

		assertThat(next.status()).isEqualTo(Objection.Status.FORWARDED);
		assertThat(next.forwardedOn()).isEqualTo(forwarded);
		assertThat(next.verifyBy()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(next.outcome()).isNull();
		refused(() -> next.forwardToProvider(forwarded, forwarded), Objection.Status.FORWARDED);
		refused(() -> next.correctedByCentre("late"), Objection.Status.FORWARDED);
	}

	@Test
	void r29bOnlyAForwardedObjectionIsAnsweredByTheProvider() {
		refused(() -> received().answeredByProvider(true, "成立"), Objection.Status.RECEIVED);
		Objection forwarded = received().forwardToProvider(RECEIVED_ON, RECEIVED_ON.plusDays(7));

		Objection upheld = forwarded.answeredByProvider(true, "成立，已更正");
		Objection rejected = forwarded.answeredByProvider(false, "数据无误");

		assertThat(upheld.status()).isEqualTo(Objection.Status.UPHELD);
		assertThat(upheld.outcome()).isEqualTo("成立，已更正");
		assertThat(upheld.verifyBy()).isEqualTo(forwarded.verifyBy());
		assertThat(rejected.status()).isEqualTo(Objection.Status.REJECTED);
		refused(() -> upheld.answeredByProvider(false, "改口"), Objection.Status.UPHELD);
	}

	@Test
	void r29bUpheldWithoutCorrectionWithdrawsTheRecord() {
		Objection upheld = received().forwardToProvider(RECEIVED_ON, RECEIVED_ON.plusDays(7)).answeredByProvider(true, "成立");

		Objection withdrawn = upheld.withdrawingRecord();

		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(withdrawn.status()).isEqualTo(Objection.Status.UPHELD);
		assertThat(upheld.withdrawn()).as("the verb returns a new objection").isFalse();
		refused(() -> received().withdrawingRecord(), Objection.Status.RECEIVED);
		Objection rejected = received().forwardToProvider(RECEIVED_ON, RECEIVED_ON.plusDays(7)).answeredByProvider(false, "无误");
		refused(rejected::withdrawingRecord, Objection.Status.REJECTED);
	}

	@Test
	void r29bAnOmissionHasNoRecordToWithdraw() {
		Objection upheld = aboutOmission().routedTo("MARKET")
			.forwardToProvider(RECEIVED_ON, RECEIVED_ON.plusDays(7))
			.answeredByProvider(true, "将补报");

		assertThat(upheld.aboutOmission()).isTrue();
		refused(upheld::withdrawingRecord, Objection.Status.UPHELD);
	}

	@Test
	void r29TheCentreRoutesAnOmissionOnlyBeforeForwarding() {
		Objection routed = aboutOmission().routedTo("TAX");

		assertThat(routed.provider()).isEqualTo("TAX");
		assertThat(routed.status()).isEqualTo(Objection.Status.RECEIVED);
		Objection forwarded = routed.forwardToProvider(RECEIVED_ON, RECEIVED_ON.plusDays(7));
		refused(() -> forwarded.routedTo("MARKET"), Objection.Status.FORWARDED);
	}

	@Test
	void r30aTheSubjectMayDisagreeOnlyWithAnOutcome() {
		refused(() -> received().markDisagreed(), Objection.Status.RECEIVED);
		Objection forwarded = received().forwardToProvider(RECEIVED_ON, RECEIVED_ON.plusDays(7));
		refused(forwarded::markDisagreed, Objection.Status.FORWARDED);

		Objection disagreed = forwarded.answeredByProvider(false, "数据无误").markDisagreed();

		assertThat(disagreed.status()).isEqualTo(Objection.Status.DISAGREED);
		assertThat(disagreed.outcome()).as("the provider's answer is kept").isEqualTo("数据无误");
		assertThat(received().correctedByCentre("更正").markDisagreed().status()).isEqualTo(Objection.Status.DISAGREED);
		refused(disagreed::markDisagreed, Objection.Status.DISAGREED);
	}

	@Test
	void r30aTheRecordIsMarkedWhileOpenAndWhileDisagreed() {
		Objection forwarded = received().forwardToProvider(RECEIVED_ON, RECEIVED_ON.plusDays(7));
		Objection rejected = forwarded.answeredByProvider(false, "无误");

		assertThat(received().marked()).isTrue();
		assertThat(forwarded.marked()).isTrue();
		assertThat(rejected.marked()).isFalse();
		assertThat(rejected.markDisagreed().marked()).isTrue();
	}

	@Test
	void r30bSuspendedOnlyAfterTheProvidersDeadlinePassesUnanswered() {
		LocalDate verifyBy = LocalDate.of(2026, 3, 11);
		Objection forwarded = received().forwardToProvider(RECEIVED_ON, verifyBy);

		assertThat(forwarded.suspendedOn(verifyBy)).as("the last day still counts").isFalse();
		assertThat(forwarded.suspendedOn(verifyBy.plusDays(1))).isTrue();
		assertThat(forwarded.answeredByProvider(true, "late").suspendedOn(verifyBy.plusDays(1)))
			.as("an answer, late or not, lifts the suspension").isFalse();
		assertThat(received().suspendedOn(verifyBy.plusYears(1))).as("not forwarded, nothing to miss").isFalse();
	}
}
