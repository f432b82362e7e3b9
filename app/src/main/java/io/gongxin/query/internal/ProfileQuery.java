package io.gongxin.query.internal;

import io.gongxin.subject.SubjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A profile asked for with the identifier in the body, so a person's id number never appears in a URL. */
record ProfileQuery(@NotBlank @Size(max = 32) String subjectId, @Size(max = 64) String matter,
		@Size(max = 200) String purpose,
		SubjectType subjectType) {

	@Override
	public String toString() {
		return "ProfileQuery[" + matter + "]";
	}
}
