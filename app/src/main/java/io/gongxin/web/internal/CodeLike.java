package io.gongxin.web.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.IdentifierProblem;
import io.gongxin.subject.SubjectType;

/**
 * A search text that is shaped like a code (18 letters and digits) but is not a valid one: the person meant a
 * code, so the page says why it is wrong (R-05: 统一社会信用代码校验位不正确) instead of "nothing found".
 *
 * @param type the kind of code it was read as
 * @param problem why it is not valid
 */
record CodeLike(SubjectType type, IdentifierProblem problem) {

	private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z]{18}");

	private static final Pattern DIGITS = Pattern.compile("\\d{17}[0-9Xx]");

	static Optional<CodeLike> of(String text, IdentifierCheck check) {
		if (check.valid() || !SHAPE.matcher(text).matches()) {
			return Optional.empty();
		}
		Optional<IdentifierProblem> asCode = check.problemAs(SubjectType.LEGAL_PERSON);
		Optional<IdentifierProblem> asPerson = check.problemAs(SubjectType.NATURAL_PERSON);
		// a wrong check character is the likeliest slip: say so for whichever reading it is
		if (asCode.orElse(null) == IdentifierProblem.CHECK_CHARACTER) {
			return Optional.of(new CodeLike(SubjectType.LEGAL_PERSON, IdentifierProblem.CHECK_CHARACTER));
		}
		if (asPerson.orElse(null) == IdentifierProblem.CHECK_CHARACTER) {
			return Optional.of(new CodeLike(SubjectType.NATURAL_PERSON, IdentifierProblem.CHECK_CHARACTER));
		}
		return DIGITS.matcher(text).matches() ? asPerson.map(p -> new CodeLike(SubjectType.NATURAL_PERSON, p))
				: asCode.map(p -> new CodeLike(SubjectType.LEGAL_PERSON, p));
	}

	/** The message key that says what is wrong. */
	String messageKey() {
		return problem == IdentifierProblem.CHECK_CHARACTER ? "portal.search.checkCharacter." + type
				: "identifier.reason." + problem;
	}
}
