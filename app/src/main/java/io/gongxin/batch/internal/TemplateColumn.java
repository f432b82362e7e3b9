package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.List;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.FieldType;

/**
 * One column of an item's template, in order, with what the help sheet says of it; the error report writes the
 * same header.
 */
record TemplateColumn(String name, String label, String type, boolean required, String values, boolean text) {

	/** The item's columns, in template order. */
	static List<TemplateColumn> of(CatalogItem item) {
		List<TemplateColumn> columns = new ArrayList<>();
		columns.add(new TemplateColumn("sourceRef", "数据标识", "string", true, "本单位内唯一，重复报送即更正", true));
		columns.add(new TemplateColumn("subjectType", "主体类型", "enum", false, "法人和其他组织 / 自然人", true));
		columns.add(new TemplateColumn("subjectId", "主体标识", "identifier", true, "统一社会信用代码或身份证号码", true));
		columns.add(new TemplateColumn("subjectName", "主体名称", "string", false, "", true));
		columns.add(new TemplateColumn("occurredOn", "发生日期", "date", true, "YYYY-MM-DD", false));
		// R-27a: the query period runs from the end of the act, so say what an empty end date means for this item
		columns.add(new TemplateColumn("endedOn", "终止日期", "date", false, item.continuing()
				? "YYYY-MM-DD；持续行为（欠缴、未履行等）终止之日，尚未终止的留空，查询期限自终止之日起算"
				: "YYYY-MM-DD；留空视为发生当日终止", false));
		for (CatalogField field : item.fields()) {
			boolean text = field.type() == FieldType.IDENTIFIER || field.type() == FieldType.STRING
					|| field.type() == FieldType.TEXT;
			columns.add(new TemplateColumn(field.name(), field.label(), field.type().json(), field.required(),
					field.values() == null ? note(item, field) : String.join(" / ", field.values()), text));
		}
		return columns;
	}

	/** What the provider must know about a field beyond its type: when its date makes a record collectable. */
	private static String note(CatalogItem item, CatalogField field) {
		if (item.collectableAfter() != null && field.name().equals(item.collectableAfter().field())) {
			return "YYYY-MM-DD；此日期起满 " + item.collectableAfter().period() + "（ISO-8601 期间）仍未履行的方可报送";
		}
		return "";
	}
}
