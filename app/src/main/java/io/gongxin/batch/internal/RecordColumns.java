package io.gongxin.batch.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record's own columns of a batch file under their English names or Chinese labels (数据标识, 主体类型,
 * 主体标识, 主体名称, 发生日期, 终止日期), whichever the header uses.
 */
final class RecordColumns {

	/** The role of each header a record's own column may have. */
	static final Map<String, String> BY_HEADER = Map.ofEntries(Map.entry("sourceRef", "sourceRef"),
			Map.entry("数据标识", "sourceRef"), Map.entry("subjectType", "subjectType"), Map.entry("主体类型", "subjectType"),
			Map.entry("subjectId", "subjectId"), Map.entry("主体标识", "subjectId"), Map.entry("subjectName", "subjectName"),
			Map.entry("主体名称", "subjectName"), Map.entry("occurredOn", "occurredOn"), Map.entry("发生日期", "occurredOn"),
			Map.entry("endedOn", "endedOn"), Map.entry("终止日期", "endedOn"));

	/** Chinese labels of the record's own columns, in template order. */
	static final Map<String, String> LABELS = orderedLabels();

	private RecordColumns() {
	}

	static String label(String role) {
		return LABELS.getOrDefault(role, role);
	}

	private static Map<String, String> orderedLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("sourceRef", "数据标识");
		labels.put("subjectType", "主体类型");
		labels.put("subjectId", "主体标识");
		labels.put("subjectName", "主体名称");
		labels.put("occurredOn", "发生日期");
		labels.put("endedOn", "终止日期");
		return labels;
	}
}
