package io.gongxin.demo;

import java.time.LocalDate;
import java.util.Map;

import io.gongxin.catalog.Catalogs;
import io.gongxin.record.RecordContent;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo city's records, as the providers would send them (the portal's example company: {@link DemoExampleCompany}). */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoRecords {

	private final Catalogs catalogs;

	private final Records records;

	DemoRecords(Catalogs catalogs, Records records) {
		this.catalogs = catalogs;
		this.records = records;
	}

	/** Some records for the city: penalties, tax arrears and commendations, as the providers would send them. */
	void of(Subject company, int i) {
		String version = catalogs.published().version();
		LocalDate day = LocalDate.of(2024, 1, 2).plusDays(i * 3L);
		if (i % 4 == 0) {
			records.store("MARKET", "demo-penalty-" + i, new RecordContent(company.key(), "ADMIN_PENALTY", version, day, null,
					Map.of("decisionNumber", "沪市监罚〔" + day.getYear() + "〕" + (100 + i) + "号", "penaltyType",
							i % 8 == 0 ? "警告" : "罚款", "violation", "未按规定公示年度报告", "decidedOn", day.toString(),
							"authority", "市市场监督管理局", "amount", i % 8 == 0 ? 0 : 2 + i % 5),
					false), "demo");
		}
		if (i % 10 == 1) {
			records.store("TAX", "demo-arrears-" + i, new RecordContent(company.key(), "TAX_ARREARS", version, day, null,
					Map.of("taxType", "增值税", "amount", 10000 + i * 37, "noticeNumber", "沪税催〔" + day.getYear()
							+ "〕" + i + "号", "decidedOn", day.toString(), "authority", "市税务局"),
					null), "demo");
		}
		if (i % 8 == 2) {
			records.store("MARKET", "demo-commendation-" + i, new RecordContent(company.key(), "COMMENDATION", version, day,
					null, Map.of("title", "守合同重信用企业", "level", "市级", "awardedBy", "市市场监督管理局", "awardedOn",
							day.toString()),
					null), "demo");
		}
	}
}
