package io.gongxin.catalog;

import java.util.List;

/** 应用清单: a matter a body handles (Art. 18), the items it may see and the measures that follow. */
public record Matter(String code, String name, List<String> items, List<Measure> measures) {

	public Matter {
		items = items == null ? List.of() : List.copyOf(items);
		measures = measures == null ? List.of() : List.copyOf(measures);
	}
}
