package io.gongxin.report.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.query.CreditProfile;
import io.gongxin.record.Records;
import io.gongxin.report.internal.ReportContent.Field;
import io.gongxin.report.internal.ReportContent.Line;
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

	private final Records records;

	ReportLines(Catalogs catalogs, Accounts accounts, Records records) {
		this.catalogs = catalogs;
		this.accounts = accounts;
		this.records = records;
	}

	List<Section> sections(List<CreditProfile.Shown> shown, boolean withChanges, OffsetDateTime now) {
		CatalogDocument catalog = catalogs.published();
		Map<String, List<Line>> bySection = new LinkedHashMap<>();
		ReportSections.ORDER.forEach(key -> bySection.put(key, new ArrayList<>()));
		for (CreditProfile.Shown record : shown) {
			String item = record.item();
			String key = ReportSections.of(item, String.valueOf(record.category()));
			Line line = line(record, catalog.item(item).orElse(null));
			bySection.computeIfAbsent(key, k -> new ArrayList<>())
				.add(withChanges ? line.withChanges(changes(line.recordId(), now)) : line);
		}
		return bySection.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	private Line line(CreditProfile.Shown record, CatalogItem item) {
		List<Field> fields = ReportSections.fields(item == null ? null : item.fields(), record.fields());
		return new Line(record.id(), record.itemName(), record.occurredOn(), record.endedOn(),
				organisationName(record.provider()), fields,
				record.objection() == null ? null : Objects.toString(record.objection().since()),
				Boolean.TRUE.equals(record.repaired()), Boolean.TRUE.equals(record.suspended()),
				record.withdrawn() == null ? null : record.withdrawn().reason(), List.of());
	}

	/** The record's earlier versions, oldest first, with why each was replaced. */
	private List<ReportContent.Change> changes(long recordId, OffsetDateTime now) {
		return records.history(recordId).stream()
			.filter(v -> v.replacedAt() != null)
			.map(v -> new ReportContent.Change(v.replacedAt().atZoneSameInstant(now.getOffset()).toOffsetDateTime(),
					v.reason()))
			.toList();
	}

	private String organisationName(String code) {
		if (code == null) {
			return null;
		}
		return accounts.organisation(code).map(Organisation::name).orElse(code);
	}
}
