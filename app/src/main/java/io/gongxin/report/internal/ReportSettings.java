package io.gongxin.report.internal;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings.
 *
 * @param fonts TrueType fonts (.ttf or .ttc) with Chinese glyphs for the PDF, tried in order: the first that
 * exists is embedded. The defaults are the usual Debian, Windows and macOS places.
 * @param validFor how long a report counts as current after it is issued
 * @param freePerYear the free reports a subject may obtain of itself each year (R-34; 2 by the 2017 Regulations)
 */
record ReportSettings(@DefaultValue({ "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
		"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
		"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "C:/Windows/Fonts/simhei.ttf",
		"C:/Windows/Fonts/msyh.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
		"/Library/Fonts/Arial Unicode.ttf" }) List<String> fonts, @DefaultValue("P30D") Period validFor,
		@DefaultValue("2") int freePerYear) {
}
