package io.gongxin.query.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.Disclosure;
import io.gongxin.catalog.Matter;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;

/** Catalog items, records and views for the plain tests of query's rules: no Spring, no database. */
final class QueryRulesFixture {

	static final CatalogItem LICENCE = item("ADMIN_LICENSE", Category.BASIC, Disclosure.PUBLIC, null, false);

	static final CatalogItem PENALTY = item("ADMIN_PENALTY", Category.DISHONEST, Disclosure.PUBLIC, "P5Y", false);

	static final CatalogItem ARREARS = item("TAX_ARREARS", Category.DISHONEST, Disclosure.PUBLIC, "P5Y", true);

	static final CatalogItem SOCIAL_INSURANCE = item("SOCIAL_INSURANCE", Category.OTHER, Disclosure.NON_PUBLIC, null,
			false);

	static final CatalogItem TAX_RATING = item("TAX_RATING", Category.OTHER, Disclosure.NON_PUBLIC, null, false);

	static final Matter HIRING = new Matter("HIRING", "招聘", null, List.of("SOCIAL_INSURANCE", "ADMIN_PENALTY"),
			List.of(), List.of("PERSONNEL"));

	static final CatalogDocument CATALOG = new CatalogDocument("2026.1", "目录",
			List.of(LICENCE, PENALTY, ARREARS, SOCIAL_INSURANCE, TAX_RATING), List.of(HIRING), null, null, null, null);

	private QueryRulesFixture() {
	}

	static CatalogItem item(String code, Category category, Disclosure disclosure, String period, boolean continuing) {
		return new CatalogItem(code, code, null, category, List.of(SubjectType.LEGAL_PERSON), disclosure, period, false,
				null, null, List.of(), continuing, null, null, null);
	}

	static CreditRecord record(CatalogItem item, LocalDate occurredOn, LocalDate endedOn, RecordState state) {
		return new CreditRecord(7L, new SubjectKey(1L), item.code(), "2026.1", "MARKET", "ref-7", occurredOn, endedOn,
				Map.of(), state, false, 1, null, null);
	}

	static View publicView() {
		return new View(false, true, Set.of(), null, null, null, false);
	}

	static View ownView() {
		return new View(true, true, Set.of(), null, null, null, true);
	}

	static View matterView(Matter matter) {
		return new View(false, false, Set.copyOf(matter.items()), null, matter.code(), "招聘核查", false);
	}
}
