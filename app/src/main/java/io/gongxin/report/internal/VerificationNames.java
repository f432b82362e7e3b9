package io.gongxin.report.internal;

import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;

/** The name a report's public verification shows: an organisation's whole, a person's family name only. */
final class VerificationNames {

	private VerificationNames() {
	}

	/** 张三丰 becomes 张**; an organisation's name is shown as it is. */
	static String of(Subject subject) {
		return of(subject.type(), subject.name());
	}

	static String of(SubjectType type, String name) {
		String shown = name == null ? "" : name;
		if (type != SubjectType.NATURAL_PERSON || shown.isEmpty()) {
			return shown;
		}
		int first = shown.offsetByCodePoints(0, 1);
		return shown.substring(0, first) + "*".repeat(Math.max(1, shown.codePointCount(first, shown.length())));
	}
}
