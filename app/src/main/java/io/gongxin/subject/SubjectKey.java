package io.gongxin.subject;

/**
 * The platform's own key for a subject. Every subject-scoped table leads its primary key with it, so
 * the tables can be distributed by subject; it carries no personal data.
 */
public record SubjectKey(long value) implements java.io.Serializable {

	public SubjectKey {
		if (value <= 0) {
			throw new IllegalArgumentException("a subject key is positive");
		}
	}
}
