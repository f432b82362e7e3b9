package io.gongxin.measures.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	/** LISTED {list}: the subject is on the list. */
	@Bean
	MeasurePolicy listed() {
		return new MeasurePolicy() {
			public String type() {
				return "LISTED";
			}

			public List<Because> evaluate(Map<String, Object> condition, Situation situation) {
				ListType list = ListType.valueOf(Conditions.text(condition, "list").orElse("SERIOUS_DISHONESTY"));
				return situation.listed().stream()
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
	 * REPRESENTS {list?, items?, field?, contains?, within?} (R-24b): an organisation the person represents,
	 * or represented when it happened, is on the list or has a matching record within the period.
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
				for (Situation.Represented organisation : situation.represented()) {
					String name = organisation.organisation().name() + "（" + organisation.organisation().displayIdentifier() + "）";
					if (list != null) {
						organisation.listed().stream()
							.filter(e -> e.type() == list && e.inForceOn(situation.today()))
							.forEach(e -> because.add(Because.listEntry(e.id(), "其担任法定代表人的" + name + "被列入" + label(list))));
					}
					if (!Conditions.list(condition, "items").isEmpty()) {
						for (CreditRecord record : organisation.records()) {
							boolean inOffice = !record.occurredOn().isBefore(organisation.since())
									&& (organisation.until() == null || !record.occurredOn().isAfter(organisation.until()));
							if (inOffice && Conditions.matches(condition, record, situation.catalog(), situation.today(), false)) {
								because.add(Because.record(record.id(), "其担任法定代表人期间，" + name + "受到处罚：" + record.fields()
									.getOrDefault(Conditions.text(condition, "field").orElse("penaltyType"), record.item())));
							}
						}
					}
				}
				return because;
			}
		};
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
