package io.gongxin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.record.RecordContent;
import io.gongxin.record.Records;
import io.gongxin.repair.PendingRights;
import io.gongxin.subject.Subject;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Issue 14: two commendations of the demo person ({@link DemoPerson}), one with a deletion request of today still
 * pending (so its withdrawal can be tried at once), one to ask deletion of.
 */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoCommendations {

	private final Records records;

	private final PendingRights rights;

	private final Clock clock;

	DemoCommendations(Records records, PendingRights rights, Clock clock) {
		this.records = records;
		this.rights = rights;
		this.clock = clock;
	}

	void of(Subject subject, String version) {
		long pending = records.store("MARKET", "demo-person-commendation-pending", new RecordContent(subject.key(),
				"COMMENDATION", version, LocalDate.of(2023, 9, 20), null, Map.of("title", "优秀共青团员", "level",
						"区级", "awardedBy", "共青团区委", "awardedOn", "2023-09-20"),
				null), "demo").recordId();
		records.store("MARKET", "demo-person-commendation", new RecordContent(subject.key(), "COMMENDATION", version,
				LocalDate.of(2025, 6, 18), null, Map.of("title", "见义勇为先进个人", "level", "市级", "awardedBy",
						"市见义勇为基金会", "awardedOn", "2025-06-18"),
				null), "demo");
		rights.enterDeletionRequest(subject.key(), pending, LocalDate.now(clock), "person");
	}
}
