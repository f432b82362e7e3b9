package io.gongxin.collection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record as it arrived, before any check: from a JSON object ({@code POST /records}, JSON Lines)
 * or a spreadsheet row. Values are as the sender wrote them.
 */
public record RawRecord(Object item, Object sourceRef, Object subjectType, Object subjectId, Object subjectName,
		Object occurredOn, Object endedOn, Object fields) {

	/** Reads the shape of one element of {@code POST /records}; anything missing stays null. */
	public static RawRecord fromJson(Object element) {
		if (!(element instanceof Map<?, ?> map)) {
			return new RawRecord(null, null, null, null, null, null, null, null);
		}
		Object subject = map.get("subject");
		Map<?, ?> subjectMap = subject instanceof Map<?, ?> s ? s : Map.of();
		return new RawRecord(map.get("item"), map.get("sourceRef"), subjectMap.get("type"), subjectMap.get("id"),
				subjectMap.get("name"), map.get("occurredOn"), map.get("endedOn"),
				map.containsKey("fields") ? map.get("fields") : new LinkedHashMap<>());
	}
}
