package io.gongxin.record;

/** The result of storing one submission ({@link Records#store}). */
public record Stored(long recordId, Outcome outcome) {

	/** What a submission did. */
	public enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}
}
