package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.measures.ListType;
import io.gongxin.record.CreditRecord;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The named policies that evaluate the application list's conditions; a measure is data, its condition
 * names one of these by {@code type}.
 */
@Configuration(proxyBeanMethods = false)
class Policies {

	/**
	 * LISTED {list}: the subject is on the list. A red-list entry no longer counts once the subject has a new
	 * dishonesty record (R-22, the red list's exit condition: see {@link RedListExit}).
	 */
	@Bean
	MeasurePolicy listed() {
		return new MeasurePolicy() {
			public String type() {
				return "LISTED";
			}

			public List<Because> evaluate(Map<String, Object> condition, Situation situation) {
				ListType list = ListType.valueOf(Conditions.text(condition, "list").orElse("SERIOUS_DISHONESTY"));
				return situation.listed().stream()
					// red-list entries ended by any new dishonesty record are already left out (ListStanding, R-22)
					.filter(e -> e.type() == list && e.inForceOn(situation.today()))
					.map(e -> Because.listEntry(e.id(), "列入" + label(list) + "：" + e.reason()))
					.toList();
			}
		};
	}

	/** DISHONEST_RECORD {items?, severities?, field?, contains?, within?}: a shown dishonesty record. */
	@Bean
	MeasurePolicy dishonestRecord() {
		return records("DISHONEST_RECORD", true);
	}

	/** RECORD {items, field?, contains?, within?}: a shown record of any category (e.g. a bribery judgment). */
	@Bean
	MeasurePolicy record() {
		return records("RECORD", false);
	}

	/**
	 * REPRESENTS {list?, items?, field?, contains?, for?} (R-24b): while the person was legal representative of an
	 * organisation, it was put on the list or received a matching penalty (e.g. {@code penaltyType} containing
	 * 吊销营业执照: a permit revocation, 吊销许可证件, is not a business licence's). With {@code for} the bar
	 * lasts exactly that period from the decision date: from that day up to, not including, the same date
	 * {@code for} later (3 years decided on 2026-03-01 bar until 2029-02-28 inclusive); a removed or proposed
	 * list entry bars nothing. Without {@code for}, a list entry bars while it is in force.
	 */
	@Bean
	MeasurePolicy represents() {
		return new MeasurePolicy() {
			public String type() {
				return "REPRESENTS";
			}

			public List<Because> evaluate(Map<String, Object> condition, Situation situation) {
				List<Because> because = new ArrayList<>();
				ListType list = Conditions.text(condition, "list").map(ListType::valueOf).orElse(null);
				Optional<Period> period = Conditions.text(condition, "for").map(Period::parse);
				LocalDate today = situation.today();
				for (Situation.Represented organisation : situation.represented()) {
					String name = organisation.organisation().name() + "（" + organisation.organisation().displayIdentifier() + "）";
					if (list != null) {
						organisation.listed().stream()
							.filter(e -> e.type() == list && organisation.inOfficeOn(e.decidedOn()))
							.filter(e -> period.isPresent() ? e.status().equals("ACTIVE") && barred(e.decidedOn(), period.get(), today)
									: e.inForceOn(today))
							.forEach(e -> because.add(Because.listEntry(e.id(), "其担任法定代表人的" + name + "被列入" + label(list)
									+ until(e.decidedOn(), period))));
					}
					if (!Conditions.list(condition, "items").isEmpty()) {
						for (CreditRecord record : organisation.records()) {
							LocalDate decided = decidedOn(record);
							if (organisation.inOfficeOn(decided) && period.map(p -> barred(decided, p, today)).orElse(true)
									&& Conditions.matches(condition, record, situation.catalog(), today, false)) {
								because.add(Because.record(record.id(), "其担任法定代表人期间，" + name + "受到处罚：" + record.fields()
									.getOrDefault(Conditions.text(condition, "field").orElse("penaltyType"), record.item())
										+ until(decided, period)));
							}
						}
					}
				}
				return because;
			}
		};
	}

	/** R-24b: barred from the decision date for exactly the period: the end date itself is free. */
	static boolean barred(LocalDate decided, Period period, LocalDate today) {
		return !today.isBefore(decided) && today.isBefore(decided.plus(period));
	}

	private static String until(LocalDate decided, Optional<Period> period) {
		return period.map(p -> "（" + decided + "起，至" + decided.plus(p).minusDays(1) + "止）").orElse("");
	}

	/** A penalty counts from its decision date (the {@code decidedOn} field), else from the record's date. */
	static LocalDate decidedOn(CreditRecord record) {
		Object decided = record.fields().get("decidedOn");
		if (decided != null) {
			try {
				return LocalDate.parse(String.valueOf(decided));
			}
			catch (java.time.format.DateTimeParseException ex) {
				// fall back to the record's own date
			}
		}
		return record.occurredOn();
	}

	/**
	 * GRADE {grades}: the subject's grade under the published model, over the matter's items only, is one of these
	 * a grade made of records the querier may not see would leak them through the measure.
	 */
	@Bean
	MeasurePolicy grade(io.gongxin.evaluation.Evaluations evaluations) {
		return new MeasurePolicy() {
			public String type() {
				return "GRADE";
			}

			public List<Because> evaluate(Map<String, Object> condition, Situation situation) {
				io.gongxin.evaluation.Evaluation evaluation = evaluations.evaluateOver(situation.subject().key(),
						situation.today(), situation.items());
				if (!Conditions.list(condition, "grades").contains(evaluation.grade())) {
					return List.of();
				}
				return evaluation.contributions().stream()
					.filter(c -> c.contribution() < 0)
					.map(c -> Because.record(c.recordId(), "信用等级为" + evaluation.grade() + "（得分" + evaluation.score()
							+ "），该记录扣减" + (-c.contribution()) + "分"))
					.toList();
			}
		};
	}

	private static MeasurePolicy records(String type, boolean dishonestOnly) {
		return new MeasurePolicy() {
			public String type() {
				return type;
			}

			public List<Because> evaluate(Map<String, Object> condition, Situation situation) {
				return situation.records().stream()
					.filter(r -> Conditions.matches(condition, r, situation.catalog(), situation.today(), dishonestOnly))
					.map(r -> Because.record(r.id(), situation.catalog().item(r.item()).map(i -> i.name()).orElse(r.item())
							+ "（" + r.occurredOn() + "）"))
					.toList();
			}
		};
	}

	static String label(ListType list) {
		return list == ListType.RED ? "守信激励名单" : "严重失信主体名单";
	}
}
