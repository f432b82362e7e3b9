package io.gongxin.repair.internal;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.FieldType;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;

/**
 * What a person calls a record: its item's name and its first text field ("表彰奖励信息：见义勇为先进个人"),
 * never "记录 98".
 */
@Component
class RecordNames {

	private static final int MAX = 60;

	private final Records records;

	private final Catalogs catalogs;

	RecordNames(Records records, Catalogs catalogs) {
		this.records = records;
		this.catalogs = catalogs;
	}

	String of(long recordId) {
		return records.find(recordId).map(this::of).orElse(String.valueOf(recordId));
	}

	String of(CreditRecord record) {
		CatalogItem item = catalogs.published().item(record.item()).orElse(null);
		if (item == null) {
			return record.item();
		}
		String title = item.fields()
			.stream()
			.filter(f -> f.type() == FieldType.STRING)
			.map(f -> record.fields().get(f.name()))
			.filter(v -> v != null && !v.toString().isBlank())
			.map(Object::toString)
			.findFirst()
			.orElse(record.occurredOn().toString());
		String name = item.name() + "：" + title;
		return name.length() > MAX ? name.substring(0, MAX) + "…" : name;
	}
}
