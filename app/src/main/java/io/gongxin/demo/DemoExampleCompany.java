package io.gongxin.demo;

import java.time.LocalDate;
import java.util.Map;

import io.gongxin.catalog.Catalogs;
import io.gongxin.record.RecordContent;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticOrganisation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The company the portal's search names as its example (portal.search.placeholder), so the example finds it. */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoExampleCompany {

	static final String NAME = "示范科技有限公司";

	private final Subjects subjects;

	private final Catalogs catalogs;

	private final Records records;

	DemoExampleCompany(Subjects subjects, Catalogs catalogs, Records records) {
		this.subjects = subjects;
		this.catalogs = catalogs;
		this.records = records;
	}

	void register(SyntheticOrganisation organisation) {
		Subject company = subjects.register(organisation.code(), NAME);
		records.store("MARKET", "demo-example-commendation", new RecordContent(company.key(), "COMMENDATION",
				catalogs.published().version(), LocalDate.of(2025, 9, 1), null, Map.of("title", "守合同重信用企业",
						"level", "市级", "awardedBy", "市市场监督管理局", "awardedOn", "2025-09-01"),
				null), "demo");
	}
}
