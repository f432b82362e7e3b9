package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verbs of repair applications and deletion requests, each refusing what the law forbids (no Spring). */
class RightsRequestVerbsTest {

	private static final SubjectKey PERSON = new SubjectKey(7);

	private static final Repair PENDING_REPAIR = new Repair(1, PERSON, 98, "MARKET", RepairStatus.PENDING);

	private static final DeletionRequest PENDING_DELETION = new DeletionRequest(2, PERSON, 99, DeletionStatus.PENDING,
			LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19));

	private static void refused(Runnable verb, DomainException.Kind kind, String code) {
		assertThatThrownBy(verb::run).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.kind()).isEqualTo(kind);
			assertThat(ex.code()).isEqualTo(code);
		});
	}

	@Test
	@DisplayName("R-RP the record's provider grants a pending repair, and the record is to be repaired")
	void theProviderGrants() {
		Repair granted = PENDING_REPAIR.grant("MARKET");
		assertThat(granted.status()).isEqualTo(RepairStatus.APPROVED);
		assertThat(granted.granted()).isTrue();
		assertThat(granted.id()).isEqualTo(1);
		assertThat(granted.recordId()).isEqualTo(98);
	}

	@Test
	@DisplayName("R-RP the record's provider refuses a pending repair; the record stays")
	void theProviderRefuses() {
		Repair refused = PENDING_REPAIR.refuse("MARKET");
		assertThat(refused.status()).isEqualTo(RepairStatus.REJECTED);
		assertThat(refused.granted()).isFalse();
	}

	@Test
	@DisplayName("R-RP another provider cannot decide a repair (NOT_OWN_RECORD)")
	void onlyTheRecordsProviderDecides() {
		refused(() -> PENDING_REPAIR.grant("TAX"), DomainException.Kind.NOT_PERMITTED, "NOT_OWN_RECORD");
		refused(() -> PENDING_REPAIR.refuse("TAX"), DomainException.Kind.NOT_PERMITTED, "NOT_OWN_RECORD");
	}

	@Test
	@DisplayName("R-RP a repair is decided once: a second decision is refused (REPAIR_DECIDED)")
	void aRepairIsDecidedOnce() {
		Repair granted = PENDING_REPAIR.grant("MARKET");
		Repair refused = PENDING_REPAIR.refuse("MARKET");
		refused(() -> granted.refuse("MARKET"), DomainException.Kind.CONFLICT, "REPAIR_DECIDED");
		refused(() -> granted.grant("MARKET"), DomainException.Kind.CONFLICT, "REPAIR_DECIDED");
		refused(() -> refused.grant("MARKET"), DomainException.Kind.CONFLICT, "REPAIR_DECIDED");
	}

	@Test
	@DisplayName("R-27b the subject that asked withdraws a pending deletion request")
	void theSubjectWithdraws() {
		DeletionRequest withdrawn = PENDING_DELETION.withdraw(Optional.of(PERSON));
		assertThat(withdrawn.status()).isEqualTo(DeletionStatus.WITHDRAWN);
		assertThat(withdrawn.dueBy()).isEqualTo(PENDING_DELETION.dueBy());
		assertThat(withdrawn.carryOutOn()).isEqualTo(PENDING_DELETION.carryOutOn());
	}

	@Test
	@DisplayName("R-27b nobody else withdraws a deletion request (NOT_OWN_REQUEST)")
	void onlyTheSubjectWithdraws() {
		refused(() -> PENDING_DELETION.withdraw(Optional.of(new SubjectKey(8))), DomainException.Kind.NOT_PERMITTED,
				"NOT_OWN_REQUEST");
		refused(() -> PENDING_DELETION.withdraw(Optional.empty()), DomainException.Kind.NOT_PERMITTED, "NOT_OWN_REQUEST");
	}

	@Test
	@DisplayName("R-27b the centre carries out a pending request; once done or withdrawn it does not change (NOT_PENDING)")
	void carriedOutOrWithdrawnOnce() {
		DeletionRequest done = PENDING_DELETION.carryOut();
		assertThat(done.status()).isEqualTo(DeletionStatus.DONE);
		DeletionRequest withdrawn = PENDING_DELETION.withdraw(Optional.of(PERSON));
		refused(() -> done.withdraw(Optional.of(PERSON)), DomainException.Kind.CONFLICT, "NOT_PENDING");
		refused(done::carryOut, DomainException.Kind.CONFLICT, "NOT_PENDING");
		refused(() -> withdrawn.withdraw(Optional.of(PERSON)), DomainException.Kind.CONFLICT, "NOT_PENDING");
		refused(withdrawn::carryOut, DomainException.Kind.CONFLICT, "NOT_PENDING");
	}
}
