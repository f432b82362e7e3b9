package io.gongxin.report.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.query.CreditProfile;
import io.gongxin.report.internal.ReportContent.Section;

import org.springframework.stereotype.Component;

/**
 * The records of a report as lines under their sections, in words: field labels from the catalog, the
 * provider's name (where each record came from), and for the subject's own report why each record changed
 * (R-34).
 */
@Component
class ReportLines {

	private final Catalogs catalogs;

	private final Accounts accounts;

	private final RecordChanges changes;

	ReportLines(Catalogs catalogs, Accounts accounts, RecordChanges changes) {
		this.catalogs = catalogs;
		this.accounts = accounts;
		this.changes = changes;
	}

	List<Section> sections(List<CreditProfile.Shown> shown, boolean withChanges, OffsetDateTime now) {
		CatalogDocument catalog = catalogs.published();
		Map<String, List<RecordLine>> bySection = new LinkedHashMap<>();
		ReportSections.ORDER.forEach(key -> bySection.put(key, new ArrayList<>()));
		for (CreditProfile.Shown record : shown) {
			String item = record.item();
			String key = ReportSections.of(item, String.valueOf(record.category()));
			RecordLine line = line(record, catalog.item(item).orElse(null));
			bySection.computeIfAbsent(key, k -> new ArrayList<>())
				.add(withChanges ? line.withChanges(changes.of(line.recordId(), now)) : line);
		}
		return bySection.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	/** A record in words: its fields as the catalog labels them, and the name of the provider it came from. */
	private RecordLine line(CreditProfile.Shown record, CatalogItem item) {
		String provider = record.provider() == null ? null
				: accounts.organisation(record.provider()).map(Organisation::name).orElse(record.provider());
		return RecordLine.of(record, ReportSections.fields(item == null ? null : item.fields(), record.fields()),
				provider);
	}
}
