package io.gongxin.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Matter;

/** What a version changes against the one in force: item and matter codes added, removed or changed. */
record CatalogChanges(List<String> itemsAdded, List<String> itemsRemoved, List<String> itemsChanged,
		List<String> mattersAdded, List<String> mattersRemoved, List<String> mattersChanged, boolean otherChanged) {

	static CatalogChanges between(CatalogDocument before, CatalogDocument after) {
		Map<String, CatalogItem> was = byCode(before.items(), CatalogItem::code);
		Map<String, CatalogItem> is = byCode(after.items(), CatalogItem::code);
		Map<String, Matter> wasM = byCode(before.matters(), Matter::code);
		Map<String, Matter> isM = byCode(after.matters(), Matter::code);
		boolean other = !Objects.equals(before.name(), after.name()) || !before.repairAfter().equals(after.repairAfter())
				|| !Objects.equals(before.publicationBySeverity(), after.publicationBySeverity())
				|| !before.grading().equals(after.grading()) || !before.lists().equals(after.lists());
		return new CatalogChanges(added(was, is), added(is, was), changed(was, is), added(wasM, isM), added(isM, wasM),
				changed(wasM, isM), other);
	}

	public boolean none() {
		return itemsAdded.isEmpty() && itemsRemoved.isEmpty() && itemsChanged.isEmpty() && mattersAdded.isEmpty()
				&& mattersRemoved.isEmpty() && mattersChanged.isEmpty() && !otherChanged;
	}

	private static <T> Map<String, T> byCode(List<T> values, Function<T, String> code) {
		Map<String, T> map = new LinkedHashMap<>();
		values.forEach(v -> map.putIfAbsent(String.valueOf(code.apply(v)), v));
		return map;
	}

	private static <T> List<String> added(Map<String, T> before, Map<String, T> after) {
		return after.keySet().stream().filter(code -> !before.containsKey(code)).toList();
	}

	private static <T> List<String> changed(Map<String, T> before, Map<String, T> after) {
		return after.keySet().stream()
			.filter(code -> before.containsKey(code) && !before.get(code).equals(after.get(code)))
			.toList();
	}
}
