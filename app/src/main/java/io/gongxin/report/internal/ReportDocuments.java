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

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	private final VerificationCodes verification;

	ReportDocuments(ITemplateEngine templates, ObjectMapper json, MessageSource messages,
			VerificationCodes verification) {
		this.templates = templates;
		this.json = json;
		this.messages = messages;
		this.verification = verification;
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
		return templates.process("report/report", context(content, locale, false, ""));
	}

	/** Issue 14: the same layout marked as a preview, without number, digest or verification line. */
	String preview(ReportContent content, Locale locale) {
		return templates.process("report/report",
				new Context(locale, Map.of("report", content, "pdf", false, "pageRule", "", "preview", true)));
	}

	byte[] pdf(ReportContent content, Locale locale, Path font) {
		String xhtml = templates.process("report/report", context(content, locale, true, pageRule(locale)));
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

	/** The layout's variables: the content, and where and how to verify it (its address and QR code, R-34). */
	private Context context(ReportContent content, Locale locale, boolean pdf, String pageRule) {
		String address = verification.address(content.number());
		return new Context(locale, Map.of("report", content, "pdf", pdf, "pageRule", pageRule, "verifyAddress", address,
				"verifyQr", verification.qrCode(address)));
	}

	/** "第 1 页 / 共 3 页" or "Page 1 of 3" at the foot of every PDF page, from the message bundle. */
	private String pageRule(Locale locale) {
		return "@page { @bottom-center { content: " + cssString(messages.getMessage("report.page.before", null, locale))
				+ " counter(page) " + cssString(messages.getMessage("report.page.middle", null, locale))
				+ " counter(pages) " + cssString(messages.getMessage("report.page.after", null, locale))
				+ "; font-family: GongxinCJK; font-size: 8pt; color: #555; } }";
	}

	private static String cssString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3c ") + "\"";
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
