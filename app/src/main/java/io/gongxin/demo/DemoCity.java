package io.gongxin.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;
import io.gongxin.batch.BatchUploads;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.dispute.PastObjections;
import io.gongxin.record.RecordContent;
import io.gongxin.record.Records;
import io.gongxin.repair.PendingRights;
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

	private final PastObjections objections;

	private final BatchUploads batches;

	private final long seed;

	private final int organisations;

	private final PendingRights rights;

	private final java.time.Clock clock;

	DemoCity(Accounts accounts, Subjects subjects, Catalogs catalogs, ProviderPermissions permissions, Records records,
			PastObjections objections, PendingRights rights, java.time.Clock clock, BatchUploads batches,
			@Value("${gongxin.demo-data.seed:20261122}") long seed,
			@Value("${gongxin.demo-data.organisations:200}") int organisations) {
		this.rights = rights;
		this.clock = clock;
		this.accounts = accounts;
		this.subjects = subjects;
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.records = records;
		this.objections = objections;
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
		person(new SyntheticSubjects(seed + 1).person(LocalDate.of(1980, 1, 1), LocalDate.of(1995, 12, 31)));
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

	/**
	 * The demo person (account {@code person} / {@code person-demo}, README): a public penalty, a non-public
	 * exam-cheating record that may be repaired (under an objection with a provisional 2027 deadline), and
	 * volunteering that may be deleted on request.
	 */
	private void person(SyntheticSubjects.Person person) {
		Subject subject = subjects.register(person.id(), person.name());
		String version = catalogs.published().version();
		records.store("MARKET", "demo-person-penalty", new RecordContent(subject.key(), "ADMIN_PENALTY", version,
				LocalDate.of(2025, 3, 3), null, java.util.Map.of("decisionNumber", "沪市监罚〔2025〕31号", "penaltyType", "罚款",
						"violation", "无照经营", "decidedOn", "2025-03-03", "authority", "市市场监督管理局", "amount", 1),
				false), "demo");
		long cheating = records.store("MARKET", "demo-person-cheating", new RecordContent(subject.key(), "EXAM_CHEATING", version,
				LocalDate.of(2022, 5, 14), null, java.util.Map.of("examName", "会计专业技术资格考试", "examDate", "2022-05-14",
						"conduct", "携带电子设备", "decisionNumber", "沪考〔2022〕8号", "decidedOn", "2022-06-01", "authority", "市考试院"),
				null), "demo").recordId();
		records.store("MARKET", "demo-person-volunteer", new RecordContent(subject.key(), "VOLUNTEER", version,
				LocalDate.of(2024, 3, 5), null, java.util.Map.of("activity", "社区助老服务", "organiser", "街道志愿者协会", "hours", 24,
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
				"COMMENDATION", version, LocalDate.of(2023, 9, 20), null, java.util.Map.of("title", "优秀共青团员", "level",
						"区级", "awardedBy", "共青团区委", "awardedOn", "2023-09-20"),
				null), "demo").recordId();
		records.store("MARKET", "demo-person-commendation", new RecordContent(subject.key(), "COMMENDATION", version,
				LocalDate.of(2025, 6, 18), null, java.util.Map.of("title", "见义勇为先进个人", "level", "市级", "awardedBy",
						"市见义勇为基金会", "awardedOn", "2025-06-18"),
				null), "demo");
		rights.enterDeletionRequest(subject.key(), pending, LocalDate.now(clock), "person");
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
