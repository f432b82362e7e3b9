package io.gongxin.batch.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.collection.RawRecord;

/** A rejected row as {@link RejectedRows} keeps it: every value as text, cut to {@value #MAX_VALUE} characters. */
record KeptRow(String sourceRef, String subjectType, String subjectId, String subjectName, String occurredOn,
		String endedOn, Map<String, String> fields) {

	static final int MAX_VALUE = 1000;

	static KeptRow of(RawRecord raw) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (raw.fields() instanceof Map<?, ?> map) {
			map.forEach((k, v) -> fields.put(cut(k), cut(v)));
		}
		return new KeptRow(cut(raw.sourceRef()), cut(raw.subjectType()), cut(raw.subjectId()), cut(raw.subjectName()),
				cut(raw.occurredOn()), cut(raw.endedOn()), fields);
	}

	RawRecord raw() {
		return new RawRecord(null, sourceRef, subjectType, subjectId, subjectName, occurredOn, endedOn, fields);
	}

	private static String cut(Object value) {
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value);
		return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
	}
}
