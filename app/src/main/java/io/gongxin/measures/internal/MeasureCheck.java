package io.gongxin.measures.internal;

import java.util.List;
import java.util.UUID;

import io.gongxin.catalog.Measure;
import io.gongxin.catalog.Measure.MeasureKind;

/**
 * The answer of a measure check (API.md, Measures): the measures of the matter that hold, each with why.
 *
 * @param checkId what the feedback names
 */
record MeasureCheck(UUID checkId, List<ApplicableMeasure> measures) {

	/** A measure of the matter's application list that holds for the subject, and the records or entries behind it. */
	record ApplicableMeasure(String code, MeasureKind kind, String description, String basis, List<Because> because) {

		static ApplicableMeasure of(Measure measure, List<Because> because) {
			return new ApplicableMeasure(measure.code(), measure.kind(), measure.description(), measure.basis(),
					List.copyOf(because));
		}
	}

	List<String> codes() {
		return measures.stream().map(ApplicableMeasure::code).toList();
	}
}
