package io.gongxin.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.batch.BatchUploads;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.record.RecordContent;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticSubjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo city on a demo start: the demo organisations and accounts of API.md (created once,
 * never reset) and synthetic organisations with their legal representatives, the same on every
 * machine for the same seed.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoCity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

	private final Accounts accounts;

	private final Subjects subjects;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final Records records;

	private final BatchUploads batches;

	private final long seed;

	private final int organisations;

	private final DemoPerson person;

	DemoCity(Accounts accounts, Subjects subjects, Catalogs catalogs, ProviderPermissions permissions, Records records,
			DemoPerson person, BatchUploads batches,
			@Value("${gongxin.demo-data.seed:20261122}") long seed,
			@Value("${gongxin.demo-data.organisations:200}") int organisations) {
		this.person = person;
		this.accounts = accounts;
		this.subjects = subjects;
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.records = records;
		this.batches = batches;
		this.seed = seed;
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
			if (accounts.organisation(demo.organisation()).isEmpty()) {
				accounts.registerOrganisation(new Organisation(demo.organisation(), demo.organisationName()));
			}
			if (!accounts.exists(demo.username())) {
				accounts.open(new NewAccount(demo.username(), demo.password(), demo.role(), demo.organisation(), null),
						"demo");
			}
		}
		// API.md: tax submits tax arrears and penalties, the market regulator every item of the catalog
		if (permissions.items("TAX").isEmpty()) {
			permissions.grant("TAX", java.util.List.of("TAX_ARREARS", "ADMIN_PENALTY"));
			permissions.grant("MARKET", catalogs.published().items().stream().map(CatalogItem::code).toList());
		}
		SyntheticSubjects generator = new SyntheticSubjects(seed);
		SyntheticSubjects.Organisation first = generator.organisation();
		if (subjects.find(first.code()).isPresent()) {
			return;
		}
		register(first, 0);
		for (int i = 1; i < organisations; i++) {
			register(generator.organisation(), i);
		}
		person.load(new SyntheticSubjects(seed + 1).person(LocalDate.of(1980, 1, 1), LocalDate.of(1995, 12, 31)));
		partlyFailedBatch(new SyntheticSubjects(seed + 3));
		exampleCompany(new SyntheticSubjects(seed + 2).organisation());
		log.info("Demo city loaded: {} organisations with their legal representatives and records (seed {})",
				organisations, seed);
	}

	private void register(SyntheticSubjects.Organisation organisation, int i) {
		Subject company = subjects.register(organisation.code(), organisation.name());
		SyntheticSubjects.Person person = organisation.legalRepresentative();
		Subject representative = subjects.register(person.id(), person.name());
		subjects.recordLegalRepresentative(company.key(), representative.key(), LocalDate.of(2020, 1, 1));
		records(company, i);
	}

	/** The company the portal's search names as its example (portal.search.placeholder), so the example finds it. */
	static final String EXAMPLE_COMPANY = "示范科技有限公司";

	private void exampleCompany(SyntheticSubjects.Organisation organisation) {
		Subject company = subjects.register(organisation.code(), EXAMPLE_COMPANY);
		records.store("MARKET", "demo-example-commendation", new RecordContent(company.key(), "COMMENDATION",
				catalogs.published().version(), LocalDate.of(2025, 9, 1), null, java.util.Map.of("title", "守合同重信用企业",
						"level", "市级", "awardedBy", "市市场监督管理局", "awardedOn", "2025-09-01"),
				null), "demo");
	}

	/** The demo batch's file name, which the tax bureau's workspace lists with its error report. */
	static final String PARTLY_FAILED_BATCH = "示范批次-行政处罚.csv";

	/**
	 * A batch of the tax bureau with two good rows and two bad ones (an amount written in words, a missing decision
	 * date), so the error report can be downloaded, mended and sent back at once.
	 */
	private void partlyFailedBatch(SyntheticSubjects generator) {
		StringBuilder csv = new StringBuilder(
				"数据标识,主体类型,主体标识,主体名称,发生日期,终止日期,决定书文号,处罚类别,处罚决定日期,处罚机关,罚款金额（万元）\n");
		String[][] rows = { { "2", "2026-06-01" }, { "两万", "2026-06-02" }, { "1.5", "2026-06-03" }, { "3", "" } };
		for (int i = 0; i < rows.length; i++) {
			SyntheticSubjects.Organisation company = generator.organisation();
			String day = "2026-06-0" + (i + 1);
			csv.append(String.join(",", "demo-batch-" + (i + 1), "法人和其他组织", company.code().value(), company.name(), day, "",
					"沪税罚〔2026〕" + (11 + i) + "号", "罚款", rows[i][1], "市税务局", rows[i][0])).append('\n');
		}
		batches.queue("TAX", "tax", "ADMIN_PENALTY", PARTLY_FAILED_BATCH, csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Some records for the city: penalties, tax arrears and commendations, as the providers would send them. */
	private void records(Subject company, int i) {
		String version = catalogs.published().version();
		LocalDate day = LocalDate.of(2024, 1, 2).plusDays(i * 3L);
		if (i % 4 == 0) {
			records.store("MARKET", "demo-penalty-" + i, new RecordContent(company.key(), "ADMIN_PENALTY", version, day, null,
					java.util.Map.of("decisionNumber", "沪市监罚〔" + day.getYear() + "〕" + (100 + i) + "号", "penaltyType",
							i % 8 == 0 ? "警告" : "罚款", "violation", "未按规定公示年度报告", "decidedOn", day.toString(),
							"authority", "市市场监督管理局", "amount", i % 8 == 0 ? 0 : 2 + i % 5),
					false), "demo");
		}
		if (i % 10 == 1) {
			records.store("TAX", "demo-arrears-" + i, new RecordContent(company.key(), "TAX_ARREARS", version, day, null,
					java.util.Map.of("taxType", "增值税", "amount", 10000 + i * 37, "noticeNumber", "沪税催〔" + day.getYear()
							+ "〕" + i + "号", "decidedOn", day.toString(), "authority", "市税务局"),
					null), "demo");
		}
		if (i % 8 == 2) {
			records.store("MARKET", "demo-commendation-" + i, new RecordContent(company.key(), "COMMENDATION", version, day,
					null, java.util.Map.of("title", "守合同重信用企业", "level", "市级", "awardedBy", "市市场监督管理局", "awardedOn",
							day.toString()),
					null), "demo");
		}
	}
}
