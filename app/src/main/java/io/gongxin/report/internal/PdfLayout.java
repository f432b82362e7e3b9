package io.gongxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a PDF report adds to the HTML layout: page numbers at the foot, openhtmltopdf with the CJK font embedded. */
@Component
class PdfLayout {

	private final MessageSource messages;

	PdfLayout(MessageSource messages) {
		this.messages = messages;
	}

	/** "第 1 页 / 共 3 页" or "Page 1 of 3" at the foot of every PDF page, from the message bundle. */
	String pageRule(Locale locale) {
		return "@page { @bottom-center { content: " + cssString(messages.getMessage("report.page.before", null, locale))
				+ " counter(page) " + cssString(messages.getMessage("report.page.middle", null, locale))
				+ " counter(pages) " + cssString(messages.getMessage("report.page.after", null, locale))
				+ "; font-family: GongxinCJK; font-size: 8pt; color: #555; } }";
	}

	byte[] render(String xhtml, Path font) {
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

	private static String cssString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3c ") + "\"";
	}
}
