package io.gongxin.query.internal;

/** One line of a batch query's input: the subject found, or why not. Never the input itself (R-20b). */
record BatchQueryLine(int index, Long subjectKey, String error) {

	static BatchQueryLine found(int index, long subjectKey) {
		return new BatchQueryLine(index, subjectKey, null);
	}

	static BatchQueryLine refused(int index, String error) {
		return new BatchQueryLine(index, null, error);
	}
}
