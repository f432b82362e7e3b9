package io.gongxin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Role;
import io.gongxin.catalog.Catalogs;
import io.gongxin.dispute.PastObjections;
import io.gongxin.record.RecordContent;
import io.gongxin.record.Records;
import io.gongxin.repair.PendingRights;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticSubjects;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo person of the demo city ({@link DemoCity}): their records, an objection and a deletion request. */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoPerson {

	private final Accounts accounts;

	private final Subjects subjects;

	private final Catalogs catalogs;

	private final Records records;

	private final PastObjections objections;

	private final PendingRights rights;

	private final Clock clock;

	DemoPerson(Accounts accounts, Subjects subjects, Catalogs catalogs, Records records, PastObjections objections,
			PendingRights rights, Clock clock) {
		this.accounts = accounts;
		this.subjects = subjects;
		this.catalogs = catalogs;
		this.records = records;
		this.objections = objections;
		this.rights = rights;
		this.clock = clock;
	}

	/**
	 * The demo person (account {@code person} / {@code person-demo}, README): a public penalty, a non-public
	 * exam-cheating record that may be repaired (under an objection with a provisional 2027 deadline), and
	 * volunteering that may be deleted on request.
	 */
	void load(SyntheticSubjects.Person person) {
		Subject subject = subjects.register(person.id(), person.name());
		String version = catalogs.published().version();
		records.store("MARKET", "demo-person-penalty", new RecordContent(subject.key(), "ADMIN_PENALTY", version,
				LocalDate.of(2025, 3, 3), null, Map.of("decisionNumber", "沪市监罚〔2025〕31号", "penaltyType", "罚款",
						"violation", "无照经营", "decidedOn", "2025-03-03", "authority", "市市场监督管理局", "amount", 1),
				false), "demo");
		long cheating = records.store("MARKET", "demo-person-cheating", new RecordContent(subject.key(), "EXAM_CHEATING", version,
				LocalDate.of(2022, 5, 14), null, Map.of("examName", "会计专业技术资格考试", "examDate", "2022-05-14",
						"conduct", "携带电子设备", "decisionNumber", "沪考〔2022〕8号", "decidedOn", "2022-06-01", "authority", "市考试院"),
				null), "demo").recordId();
		records.store("MARKET", "demo-person-volunteer", new RecordContent(subject.key(), "VOLUNTEER", version,
				LocalDate.of(2024, 3, 5), null, Map.of("activity", "社区助老服务", "organiser", "街道志愿者协会", "hours", 24,
						"servedOn", "2024-03-05"),
				null), "demo");
		commendations(subject, version);
		// R-WD: filed at the turn of 2026, forwarded the next day; the provider's 5 working days run into 2027, whose
		// holiday notice is not shipped, so the deadline shows as provisional until the centre loads 2027
		objections.enter(subject.key(), cheating, "PRIVACY_OR_SECRET", "记录公开了与处理结果无关的个人情况。",
				LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), "demo");
		if (!accounts.exists("person")) {
			accounts.open(new NewAccount("person", "person-demo", Role.SUBJECT, null, person.id()), "demo");
		}
	}

	/**
	 * Issue 14: two commendations of the demo person, one with a deletion request of today still pending (so its
	 * withdrawal can be tried at once), one to ask deletion of.
	 */
	private void commendations(Subject subject, String version) {
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
