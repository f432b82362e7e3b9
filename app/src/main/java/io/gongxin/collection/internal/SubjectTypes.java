package io.gongxin.collection.internal;

import java.util.Optional;

import io.gongxin.subject.SubjectType;

/** Subject types as providers write them: the code or its Chinese name (法人和其他组织, 自然人). */
final class SubjectTypes {

	private SubjectTypes() {
	}

	static Optional<SubjectType> parse(String text) {
		return switch (text.strip()) {
			case "LEGAL_PERSON", "法人和其他组织", "法人", "法人及其他组织", "非自然人" -> Optional.of(SubjectType.LEGAL_PERSON);
			case "NATURAL_PERSON", "自然人" -> Optional.of(SubjectType.NATURAL_PERSON);
			default -> Optional.empty();
		};
	}
}
