package io.gongxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.bouncycastle.crypto.digests.SM3Digest;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays a report out: one Thymeleaf template for the browser and the PDF (openhtmltopdf, with the Chinese
 * TrueType font embedded), and the SM3 digest of the report's content printed on both.
 */
@Component
class ReportDocuments {

	private final ITemplateEngine templates;

	private final ObjectMapper json;

	ReportDocuments(ITemplateEngine templates, ObjectMapper json) {
		this.templates = templates;
		this.json = json;
	}

	/** SM3 over the canonical JSON of the content without its digest. */
	String digest(ReportContent content) {
		byte[] canonical = json.writeValueAsBytes(content.withDigest(null));
		SM3Digest sm3 = new SM3Digest();
		sm3.update(canonical, 0, canonical.length);
		byte[] out = new byte[sm3.getDigestSize()];
		sm3.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	String html(ReportContent content, Locale locale) {
		return templates.process("report/report", new Context(locale, Map.of("report", content, "pdf", false)));
	}

	byte[] pdf(ReportContent content, Locale locale, Path font) {
		String xhtml = templates.process("report/report", new Context(locale, Map.of("report", content, "pdf", true)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(font.toFile(), ReportFonts.FAMILY);
			builder.withHtmlContent(xhtml, null);
			builder.withProducer("Gongxin");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
