package io.gongxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a PDF report adds to the HTML layout: page numbers at the foot, openhtmltopdf with the CJK font embedded. */
@Component
class PdfLayout {

	private final MessageSource messages;

	private final ParsedFonts fonts;

	PdfLayout(MessageSource messages, ParsedFonts fonts) {
		this.messages = messages;
		this.fonts = fonts;
	}

	/** "第 1 页 / 共 3 页" or "Page 1 of 3" at the foot of every PDF page, from the message bundle. */
	String pageRule(Locale locale) {
		return "@page { @bottom-center { content: " + cssString(messages.getMessage("report.page.before", null, locale))
				+ " counter(page) " + cssString(messages.getMessage("report.page.middle", null, locale))
				+ " counter(pages) " + cssString(messages.getMessage("report.page.after", null, locale))
				+ "; font-family: GongxinCJK; font-size: 8pt; color: #555; } }";
	}

	/** The font is embedded as a subset of the glyphs the document uses, from a copy parsed once ({@link ParsedFonts}). */
	byte[] render(String xhtml, Path font) {
		return fonts.with(font, parsed -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (PDDocument document = new PDDocument()) {
				PdfRendererBuilder builder = new PdfRendererBuilder();
				builder.useFastMode();
				builder.usePDDocument(document);
				builder.useFont(parsed.subsetIn(document), ReportFonts.FAMILY);
				builder.withHtmlContent(xhtml, null);
				builder.withProducer("Gongxin");
				builder.toStream(out);
				builder.run();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		});
	}

	private static String cssString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3c ") + "\"";
	}
}
