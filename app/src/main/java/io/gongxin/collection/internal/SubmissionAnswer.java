package io.gongxin.collection.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.gongxin.collection.RecordError;

/**
 * The answer to {@code POST /records} (API.md, Collection): how many were accepted and rejected, and each
 * record's own result in the order sent.
 */
record SubmissionAnswer(long accepted, long rejected, List<SubmissionResult> results) {

	static SubmissionAnswer of(List<SubmissionResult> results) {
		long rejected = results.stream().filter(SubmissionResult::rejected).count();
		return new SubmissionAnswer(results.size() - rejected, rejected, results);
	}

	/** One record's result: its outcome and id, or its errors (the keys absent when they do not apply). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SubmissionResult(int index, String sourceRef, String status, Long recordId, List<RecordError> errors) {

		static final String REJECTED = "REJECTED";

		boolean rejected() {
			return REJECTED.equals(status);
		}
	}
}
