package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.CorrectionCheck;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.notice.Notices;
import io.gongxin.calendar.RightsDeadlines;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections from receipt to outcome: every step counts its deadline in working days,
 * tells the subject and the provider, and is written to the tamper-evident log with who and why.
 */
@Component
@EnableConfigurationProperties(RightsDeadlines.class)
class ObjectionWorkflow implements io.gongxin.dispute.ObjectionDeadlines {

	private final ObjectionsJdbc objections;

	private final Records records;

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final Notices notices;

	private final QueryLog log;

	private final Clock clock;

	private final CorrectionCheck corrections;

	private final ProviderPermissions providers;

	private final Catalogs catalogs;

	private final ObjectionSteps steps;

	ObjectionWorkflow(ObjectionsJdbc objections, Records records, WorkingDays workingDays, RightsDeadlines deadlines,
			Notices notices, QueryLog log, Clock clock, CorrectionCheck corrections, ProviderPermissions providers,
			Catalogs catalogs, ObjectionSteps steps) {
		this.steps = steps;
		this.corrections = corrections;
		this.providers = providers;
		this.catalogs = catalogs;
		this.objections = objections;
		this.records = records;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
		this.notices = notices;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * What is objected to and by whom: one of the subject's records, or a record it lacks (遗漏); filed by the
	 * subject itself or by the centre at the counter with the person's consent (窗口代为提出).
	 */
	record Filing(Subject subject, Long recordId, Omission omission, String reason, String statement,
			Objection.Consent consent) {
	}

	/** 遗漏: the missing record's item and, if the subject knows it, the organisation that should hold it. */
	record Omission(String item, String provider, String description) {
	}

	@Transactional
	Objection receive(Caller caller, Filing filing) {
		SubjectKey subjectKey = filing.subject().key();
		CreditRecord record = null;
		Objection.Omission omission = null;
		String provider;
		String item;
		if (filing.recordId() != null) {
			long recordId = filing.recordId();
			record = records.find(recordId)
				.filter(r -> r.subject().equals(subjectKey))
				.filter(r -> r.state() == RecordState.ACTIVE || r.state() == RecordState.REPAIRED)
				.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD", Map.of("recordId", recordId),
						String.valueOf(recordId)));
			if (objections.openOn(recordId)) {
				throw new DomainException(DomainException.Kind.CONFLICT, "OBJECTION_OPEN", Map.of("recordId", recordId));
			}
			provider = record.provider();
			item = record.item();
		}
		else {
			omission = new Objection.Omission(omittedItem(filing), filing.omission().description());
			provider = providerOfOmission(omission.item(), filing.omission().provider());
			item = omission.item();
		}
		LocalDate today = LocalDate.now(clock);
		Deadline compareBy = workingDays.deadline(today, deadlines.compareDays());
		Objection objection = new Objection(0, subjectKey, filing.recordId(), provider, filing.reason(),
				filing.statement(), Objection.Status.RECEIVED, today, compareBy.date(),
				workingDays.add(today, deadlines.correctDays()), null, null, null, null, omission, false, filing.consent());
		long id = objections.insert(objection, caller.username());
		decided(caller, subjectKey, item, "OBJECTION_RECEIVED", filing.reason() + counter(filing.consent()));
		String what = record != null ? "“" + itemName(item) + "”记录" : "信息项“" + itemName(item) + "”的遗漏";
		notices.toSubject(subjectKey, "OBJECTION_RECEIVED", (filing.consent() != null ? "市信用中心窗口经您同意代为提出的" : "您")
				+ "对" + what + "的异议已受理，中心将于 " + objection.compareBy() + provisional(compareBy) + " 前完成比对"
				+ (record != null ? "；异议处理期间该记录在查询中加注标注。" : "。"));
		if (provider != null) {
			notices.toOrganisation(provider, "OBJECTION_RECEIVED", record != null
					? "信息主体对贵单位报送的“" + itemName(item) + "”记录 " + record.id() + " 提出异议（" + id + "），中心比对中，该记录已加注异议标注。"
					: "信息主体 " + java.util.Objects.toString(filing.subject().name(), "") + "（" + filing.subject().displayIdentifier() + "）认为贵单位应报送的信息项 "
							+ item + " 记录有遗漏，提出异议（" + id + "），中心比对中。");
		}
		return objections.find(id).orElseThrow();
	}

	/** The omitted item must be in the published catalog and apply to the subject's type. */
	private String omittedItem(Filing filing) {
		String code = filing.omission().item();
		CatalogItem item = catalogs.published().item(code)
			.orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ITEM", Map.of("item", code), code));
		if (!item.allows(filing.subject().type())) {
			throw new DomainException(DomainException.Kind.INVALID, "ITEM_NOT_FOR_SUBJECT", Map.of("item", code), code);
		}
		return item.code();
	}

	/** The one named, if it may submit the item; else the item's only provider; else the centre chooses later. */
	private String providerOfOmission(String item, String named) {
		Set<String> holders = providers.providersOf(item);
		if (named != null) {
			return holder(item, named, holders);
		}
		return holders.size() == 1 ? holders.iterator().next() : null;
	}

	private static String holder(String item, String named, Set<String> holders) {
		if (!holders.contains(named)) {
			throw new DomainException(DomainException.Kind.INVALID, "PROVIDER_NOT_FOR_ITEM", Map.of("item", item), item);
		}
		return named;
	}

	/** The consent goes on the decision log with the filing account: who filed, how the person agreed. */
	private static String counter(Objection.Consent consent) {
		return consent == null ? "" : "；窗口代为提出 / filed at the counter, consent " + consent.method() + " "
				+ consent.reference();
	}

	@Transactional
	Objection compare(Caller centre, long id, boolean matchesProvider, Map<String, Object> correction, String provider,
			Locale locale) {
		Objection objection = lock(id);
		if (objection.aboutOmission()) {
			return compareOmission(centre, objection, matchesProvider, correction, provider);
		}
		CreditRecord record = records.find(objection.recordId()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		Objection next;
		if (matchesProvider) {
			Deadline verifyBy = workingDays.deadline(today, deadlines.verifyDays());
			next = objection.forwardToProvider(today, verifyBy.date());
			notices.toOrganisation(record.provider(), "OBJECTION_FORWARDED", "异议 " + id + "（“" + itemName(record.item())
					+ "”记录 " + record.id()
					+ "）已转交贵单位核查，请于 " + next.verifyBy() + provisional(verifyBy) + " 前答复；逾期该记录将中止提供查询。");
			notices.toSubject(record.subject(), "OBJECTION_FORWARDED", "您对“" + itemName(record.item()) + "”记录的异议 " + id
					+ " 经比对与提供单位数据一致，已转交提供单位核查，提供单位应于 " + next.verifyBy() + provisional(verifyBy) + " 前答复。");
		}
		else {
			if (correction != null && !correction.isEmpty()) {
				// R-29a, R-14: the centre's correction passes the submission's checks, or nothing changes
				records.correct(record.id(), corrections.check(record, correction, locale),
						"异议 " + id + " 比对更正 / corrected by the centre", centre.username());
			}
			next = objection.correctedByCentre("与提供单位数据不一致，中心已更正 / differed from the provider's data; corrected");
			notices.toSubject(record.subject(), "OBJECTION_CORRECTED", "您对“" + itemName(record.item()) + "”记录的异议 " + id
					+ " 成立，记录已由中心更正。");
			steps.add(next, "CORRECTED", next.outcome(), centre.username());
		}
		objections.update(next);
		decided(centre, record, "OBJECTION_" + next.status().name(), next.outcome() == null ? "forwarded" : next.outcome());
		return objections.find(id).orElseThrow();
	}

	/**
	 * R-29 for a missing record: the centre finds whether the platform lacks what the provider submitted. If the
	 * platform holds all the provider sent, it forwards the objection to the provider that should hold the record.
	 */
	private Objection compareOmission(Caller centre, Objection objection, boolean matchesProvider,
			Map<String, Object> correction, String provider) {
		noCorrection(correction);
		String item = objection.omission().item();
		LocalDate today = LocalDate.now(clock);
		Objection next;
		if (matchesProvider) {
			Objection routed = objection;
			if (objection.provider() == null || provider != null) {
				routed = objection.routedTo(forwardTo(objection, provider));
			}
			Deadline verifyBy = workingDays.deadline(today, deadlines.verifyDays());
			next = routed.forwardToProvider(today, verifyBy.date());
			notices.toOrganisation(next.provider(), "OBJECTION_FORWARDED", "异议 " + objection.id() + "（信息项 " + item
					+ " 的记录遗漏）已转交贵单位核查，请于 " + next.verifyBy() + provisional(verifyBy)
					+ " 前答复；如确有遗漏，请通过归集报送该记录。");
			notices.toSubject(objection.subject(), "OBJECTION_FORWARDED", "您的异议 " + objection.id()
					+ " 经比对，平台已收到提供单位报送的全部记录，已转交提供单位核查。");
		}
		else {
			next = objection.correctedByCentre("平台遗漏了提供单位已报送的记录，中心已补正 / the platform lacked a record "
					+ "the provider had submitted; completed by the centre");
			notices.toSubject(objection.subject(), "OBJECTION_CORRECTED", "您的异议 " + objection.id() + " 成立，遗漏的记录已由中心补正。");
			steps.add(next, "CORRECTED", next.outcome(), centre.username());
		}
		objections.update(next);
		decided(centre, objection.subject(), item, "OBJECTION_" + next.status().name(),
				next.outcome() == null ? "forwarded to " + next.provider() : next.outcome());
		return objections.find(objection.id()).orElseThrow();
	}

	/**
	 * the provider a missing record is forwarded to, the one named if it may submit the item; checked too
	 * before the centre confirms, so a page says what is wrong at the first step.
	 */
	String forwardTo(Objection objection, String provider) {
		String item = objection.omission().item();
		if (provider == null) {
			if (objection.provider() != null) {
				return objection.provider();
			}
			throw new DomainException(DomainException.Kind.INVALID, "PROVIDER_REQUIRED", Map.of("item", item), item);
		}
		return holder(item, provider, providers.providersOf(item));
	}

	/** A missing record has no fields to correct: the provider submits it through collection. */
	private static void noCorrection(Map<String, Object> correction) {
		if (correction != null && !correction.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "CORRECTION_NOT_APPLICABLE");
		}
	}

	@Transactional
	Objection verify(Caller provider, long id, boolean upheld, Map<String, Object> correction, String explanation,
			Locale locale) {
		Objection objection = lock(id);
		if (!Objects.equals(objection.provider(), provider.organisation())) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_RECORD", Map.of("id", id), String.valueOf(id));
		}
		if (objection.aboutOmission()) {
			return answerOmission(provider, objection, upheld, correction, explanation);
		}
		CreditRecord record = records.find(objection.recordId()).orElseThrow();
		// R-29b, R-14: checked like a submission before anything changes; a bad correction changes nothing, and
		// one that leaves every field as it was is no correction: the upheld record is then withdrawn
		Map<String, Object> fields = upheld && correction != null && !correction.isEmpty()
				? corrections.check(record, correction, locale) : record.fields();
		boolean corrected = !fields.equals(record.fields());
		if (corrected) {
			records.correct(record.id(), fields, "异议 " + id + " 核查更正 / corrected by the provider", provider.username());
		}
		Objection next = objection.answeredByProvider(upheld, explanation);
		if (upheld && !corrected) {
			next = next.withdrawingRecord();
		}
		objections.update(next);
		steps.add(next, next.status().name(), explanation, provider.username());
		decided(provider, record, "OBJECTION_" + next.status().name(),
				(next.withdrawn() ? "记录撤出查询 / record withdrawn: " : "") + explanation);
		notices.toSubject(record.subject(), "OBJECTION_" + next.status().name(), "提供单位对您“" + itemName(record.item())
				+ "”记录的异议 " + id + " 的核查结果："
				+ (!upheld ? "异议不成立。" : corrected ? "异议成立，记录已更正。" : "异议成立，该记录不再对外提供查询。")
				+ "说明：" + explanation);
		notices.toOrganisation(record.provider(), "OBJECTION_" + next.status().name(), "贵单位对异议 " + id + " 的答复已记录"
				+ (objection.suspendedOn(LocalDate.now(clock)) ? "，记录 " + record.id() + " 恢复提供查询。" : "。"));
		return objections.find(id).orElseThrow();
	}

	/** R-29b for a missing record: upheld, the provider submits it through normal collection. */
	private Objection answerOmission(Caller provider, Objection objection, boolean upheld, Map<String, Object> correction,
			String explanation) {
		noCorrection(correction);
		Objection next = objection.answeredByProvider(upheld, explanation);
		objections.update(next);
		steps.add(next, next.status().name(), explanation, provider.username());
		String item = objection.omission().item();
		decided(provider, objection.subject(), item, "OBJECTION_" + next.status().name(), explanation);
		notices.toSubject(objection.subject(), "OBJECTION_" + next.status().name(), "提供单位对异议 " + objection.id()
				+ " 的核查结果：" + (upheld ? "异议成立，将通过归集补报遗漏的记录。" : "异议不成立。") + "说明：" + explanation);
		notices.toOrganisation(provider.organisation(), "OBJECTION_" + next.status().name(), "贵单位对异议 " + objection.id()
				+ " 的答复已记录" + (upheld ? "，请通过归集报送信息项 " + item + " 的遗漏记录。" : "。"));
		return objections.find(objection.id()).orElseThrow();
	}

	@Transactional
	Objection disagree(Caller subject, long id) {
		Objection objection = lock(id);
		if (subject.actingSubject().filter(objection.subject()::equals).isEmpty()) {
			throw new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id), String.valueOf(id));
		}
		Objection next = objection.markDisagreed();
		objections.update(next);
		String item = objection.aboutOmission() ? objection.omission().item()
				: records.find(objection.recordId()).orElseThrow().item();
		decided(subject, objection.subject(), item, "OBJECTION_DISAGREED", "subject disagrees");
		steps.add(next, "DISAGREED", null, subject.username());
		notices.toSubject(objection.subject(), "OBJECTION_DISAGREED", "您对异议 " + id + "（“" + itemName(item)
				+ "”）的处理结果仍有异议，已转市信用中心复核；复核期间该记录继续标注“有异议”。");
		return objections.find(id).orElseThrow();
	}

	/**
	 * R-30a, R-RP: the centre's review of an objection the subject still disagrees with, its written conclusion
	 * recorded with the reviewer; the record keeps its mark (only a correction lifts it) and the subject is told.
	 */
	@Transactional
	Objection review(Caller centre, long id, String conclusion) {
		Objection objection = lock(id);
		if (objection.status() != Objection.Status.DISAGREED || !objections.review(objection, LocalDate.now(clock), conclusion)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "INVALID_TRANSITION",
					Map.of("status", objection.status().name()), objection.status().name());
		}
		String item = objection.aboutOmission() ? objection.omission().item()
				: records.find(objection.recordId()).orElseThrow().item();
		steps.add(objection, "REVIEWED", conclusion, centre.username());
		decided(centre, objection.subject(), item, "OBJECTION_REVIEWED", conclusion);
		notices.toSubject(objection.subject(), "OBJECTION_REVIEWED", "市信用中心已复核您的异议 " + id + "（“" + itemName(item)
				+ "”），复核结论：" + conclusion + "。该记录继续标注“有异议”；如仍不服，可依法申请行政复议或提起行政诉讼。");
		return objections.find(id).orElseThrow();
	}

	/** evidence received for an objection goes on its timeline, and the subject is told it arrived. */
	@Transactional
	void attached(Caller caller, Objection objection, String fileName) {
		steps.add(objection, "ATTACHED", fileName, caller.username());
		notices.toSubject(objection.subject(), "OBJECTION_EVIDENCE", "您为异议 " + objection.id() + " 上传的证明材料“"
				+ fileName + "”已收到，中心和提供单位处理时可查阅。");
	}

	/** The item's name in the published catalog, so no one reads "记录 96" (issue 14). */
	private String itemName(String code) {
		return catalogs.published().item(code).map(CatalogItem::name).orElse(code);
	}

	/** R-30b: the provider's deadline passed unanswered; the record is suspended until it answers. */
	@Override
	@Transactional
	public void suspendOverdue() {
		for (Objection objection : objections.suspendOverdue(LocalDate.now(clock))) {
			if (objection.recordId() == null) {
				continue; // a missing record has nothing to suspend; the overdue answer shows in the queues
			}
			records.find(objection.recordId()).ifPresent(record -> {
				log.record(QueryLogEntry.decision(OffsetDateTime.now(clock), "system", null, "SYSTEM", record.subject(),
						record.item(), "RECORD_SUSPENDED", "提供单位逾期未核查异议 " + objection.id()));
				notices.toOrganisation(record.provider(), "RECORD_SUSPENDED", "异议 " + objection.id()
						+ " 逾期未答复，记录 " + record.id() + " 已中止提供查询，答复后恢复。");
			});
		}
	}

	/** R-WD: a deadline on a year whose notice is not loaded says so; it is recomputed when the notice is loaded. */
	private static String provisional(Deadline deadline) {
		return deadline.provisional() ? "（暂定，当年放假安排公布后重新计算）" : "";
	}

	private Objection lock(long id) {
		return objections.lock(id)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id),
					String.valueOf(id)));
	}

	private void decided(Caller caller, CreditRecord record, String decision, String why) {
		decided(caller, record.subject(), record.item(), decision, why);
	}

	private void decided(Caller caller, SubjectKey subject, String item, String decision, String why) {
		log.record(QueryLogEntry.decision(OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role().name(), subject, item, decision, why));
	}
}
