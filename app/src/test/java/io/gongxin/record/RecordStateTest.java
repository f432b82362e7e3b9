package io.gongxin.record;

import java.util.EnumSet;

import io.gongxin.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.gongxin.record.RecordState.ACTIVE;
import static io.gongxin.record.RecordState.DELETED;
import static io.gongxin.record.RecordState.EXPIRED;
import static io.gongxin.record.RecordState.REPAIRED;
import static io.gongxin.record.RecordState.REVOKED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verbs of a record's life, each refusing what the law forbids (no Spring). */
class RecordStateTest {

	private static final long ID = 42;

	private static void refused(Runnable verb, RecordState from) {
		assertThatThrownBy(verb::run).isInstanceOf(RecordNotActiveException.class)
			.satisfies(ex -> {
				DomainException problem = (DomainException) ex;
				assertThat(problem.kind()).isEqualTo(DomainException.Kind.CONFLICT);
				assertThat(problem.code()).isEqualTo("RECORD_NOT_ACTIVE");
				assertThat(problem.properties()).containsEntry("recordId", ID).containsEntry("state", from.name());
			});
	}

	@Test
	@DisplayName("R-31 a provider revokes an active record; revoking it again changes nothing")
	void revokeOnlyAnActiveRecord() {
		assertThat(ACTIVE.revoke(ID)).isEqualTo(REVOKED);
		assertThat(REVOKED.revoke(ID)).isEqualTo(REVOKED);
	}

	@Test
	@DisplayName("R-31 a deleted, repaired or expired record cannot be revoked (RECORD_NOT_ACTIVE)")
	void aRecordOutOfTheQueriesIsNotRevoked() {
		for (RecordState state : EnumSet.of(DELETED, REPAIRED, EXPIRED)) {
			refused(() -> state.revoke(ID), state);
		}
	}

	@Test
	@DisplayName("R-27b only an active record is deleted on its subject's request")
	void deleteOnlyAnActiveRecord() {
		assertThat(ACTIVE.delete(ID)).isEqualTo(DELETED);
		for (RecordState state : EnumSet.complementOf(EnumSet.of(ACTIVE))) {
			refused(() -> state.delete(ID), state);
		}
	}

	@Test
	@DisplayName("R-RP only an active record is repaired, and only once")
	void repairOnlyAnActiveRecord() {
		assertThat(ACTIVE.repair(ID)).isEqualTo(REPAIRED);
		for (RecordState state : EnumSet.complementOf(EnumSet.of(ACTIVE))) {
			refused(() -> state.repair(ID), state);
		}
	}

	@Test
	@DisplayName("R-27a only an active record expires")
	void expireOnlyAnActiveRecord() {
		assertThat(ACTIVE.expire(ID)).isEqualTo(EXPIRED);
		for (RecordState state : EnumSet.complementOf(EnumSet.of(ACTIVE))) {
			refused(() -> state.expire(ID), state);
		}
	}

	@Test
	@DisplayName("R-29 an objection corrects a record still shown (a repaired one too) and leaves its state")
	void correctOnlyARecordStillShown() {
		assertThat(ACTIVE.correct(ID)).isEqualTo(ACTIVE);
		assertThat(REPAIRED.correct(ID)).isEqualTo(REPAIRED);
		for (RecordState state : EnumSet.of(REVOKED, DELETED, EXPIRED)) {
			refused(() -> state.correct(ID), state);
		}
	}

	@Test
	@DisplayName("R-09a a resubmission of a revoked record is refused (RECORD_REVOKED); others keep their state")
	void aRevokedRecordStaysRevoked() {
		assertThatThrownBy(() -> REVOKED.resubmit(ID)).isInstanceOf(RecordRevokedException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo("RECORD_REVOKED");
		for (RecordState state : EnumSet.complementOf(EnumSet.of(REVOKED))) {
			assertThat(state.resubmit(ID)).isEqualTo(state);
		}
	}

	@Test
	@DisplayName("R-RP only active and repaired records may be shown at all")
	void shownStates() {
		assertThat(EnumSet.allOf(RecordState.class).stream().filter(RecordState::shown)).containsExactly(ACTIVE, REPAIRED);
	}
}
