package io.gongxin.demo;

import java.time.LocalDate;
import java.util.Map;

import io.gongxin.catalog.Catalogs;
import io.gongxin.dispute.PastObjections;
import io.gongxin.record.RecordContent;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo person's records ({@link DemoPerson}), the exam-cheating one under an objection. */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoPersonRecords {

	private final Catalogs catalogs;

	private final Records records;

	private final PastObjections objections;

	private final DemoCommendations commendations;

	DemoPersonRecords(Catalogs catalogs, Records records, PastObjections objections, DemoCommendations commendations) {
		this.catalogs = catalogs;
		this.records = records;
		this.objections = objections;
		this.commendations = commendations;
	}

	void of(Subject subject) {
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
		commendations.of(subject, version);
		// R-WD: filed at the turn of 2026, forwarded the next day; the provider's 5 working days run into 2027, whose
		// holiday notice is not shipped, so the deadline shows as provisional until the centre loads 2027
		objections.enter(subject.key(), cheating, "PRIVACY_OR_SECRET", "记录公开了与处理结果无关的个人情况。",
				LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), "demo");
	}
}
