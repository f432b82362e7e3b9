package io.gongxin.report.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/**
 * Finds the Chinese TrueType font the PDF embeds. openhtmltopdf embeds TrueType outlines only (an OpenType/CFF
 * font such as Noto Sans CJK OTF does not work), so the list holds .ttf and .ttc files.
 */
@Component
class ReportFonts {

	static final String FAMILY = "GongxinCJK";

	private final ReportSettings settings;

	ReportFonts(ReportSettings settings) {
		this.settings = settings;
	}

	Optional<Path> find() {
		return settings.fonts().stream().map(Path::of).filter(Files::isReadable).findFirst();
	}

	/** The font, or {@code REPORT_FONT_MISSING} (503): the HTML report still works without one. */
	Path require() {
		return find().orElseThrow(() -> new DomainException(DomainException.Kind.UNAVAILABLE, "REPORT_FONT_MISSING"));
	}
}
