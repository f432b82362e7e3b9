package io.gongxin.stats.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Organisation;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Matter;
import io.gongxin.catalog.Measure;

import org.springframework.context.MessageSource;

/**
 * The words behind the codes the dashboard's figures carry, in the reader's language: organisations for
 * providers, the catalog's matters and measures, and the query channels a query without a matter is counted
 * under. The charts' legends and axes and the tables beside them read these, never the codes.
 */
record ChartNames(Map<String, String> providers, Map<String, String> matters, Map<String, String> measures) {

	static ChartNames of(List<Organisation> organisations, CatalogDocument catalog, MessageSource messages,
			Locale locale) {
		Map<String, String> providers = new LinkedHashMap<>();
		organisations.forEach(o -> providers.put(o.code(), o.name()));
		Map<String, String> matters = new LinkedHashMap<>();
		Map<String, String> measures = new LinkedHashMap<>();
		for (Matter matter : catalog.matters()) {
			matters.put(matter.code(), matter.nameIn(locale));
			for (Measure measure : matter.measures()) {
				measures.putIfAbsent(measure.code(), measure.description());
			}
		}
		// Statistics counts a query without a matter under "（CHANNEL）"
		for (String channel : List.of("API", "PAGE", "REPORT", "EVALUATION", "MEASURE_CHECK", "BATCH_QUERY", "RECORD_READ")) {
			String name = messages.getMessage("channel." + channel, null, null, locale);
			if (name != null) {
				matters.put("（" + channel + "）", "（" + name + "）");
			}
		}
		return new ChartNames(providers, matters, measures);
	}
}
