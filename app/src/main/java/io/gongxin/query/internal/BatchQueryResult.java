package io.gongxin.query.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.query.CreditProfile;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A batch query's status and, once it is {@code DONE}, its answers: a profile per subject found (in the shape of
 * {@code GET /subjects/{id}/profile}, with the line's index) and an error per subject not answered.
 */
record BatchQueryResult(UUID id, String status, int subjects, OffsetDateTime createdAt, OffsetDateTime finishedAt,
		OffsetDateTime expiresAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<Profile> profiles,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<Unanswered> errors) {

	@Schema(name = "BatchQueryProfile")
	record Profile(int index, UUID queryId, CreditProfile.Party subject, List<CreditProfile.Shown> records) {
	}

	@Schema(name = "BatchQueryError")
	record Unanswered(int index, String code) {
	}

	/**
	 * One answer as it is kept with the batch query: a profile ({@code queryId} set) or an error ({@code code}
	 * set).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Answer(int index, String code, UUID queryId, CreditProfile.Party subject,
			List<CreditProfile.Shown> records) {

		static Answer of(int index, CreditProfile profile) {
			return new Answer(index, null, profile.queryId(), profile.subject(), profile.records());
		}

		static Answer error(int index, String code) {
			return new Answer(index, code, null, null, null);
		}

		boolean answered() {
			return queryId != null;
		}
	}

	static BatchQueryResult done(BatchQueryResult result, List<Answer> answers) {
		return new BatchQueryResult(result.id, result.status, result.subjects, result.createdAt, result.finishedAt,
				result.expiresAt,
				answers.stream().filter(Answer::answered).map(a -> new Profile(a.index(), a.queryId(), a.subject(), a.records())).toList(),
				answers.stream().filter(a -> !a.answered()).map(a -> new Unanswered(a.index(), a.code())).toList());
	}
}
