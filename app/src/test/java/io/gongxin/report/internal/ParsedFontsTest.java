package io.gongxin.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.gongxin.DebianPackages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the PDF report's font is parsed once and reused, document after document, without one document's
 * glyphs or state leaking into the next (R-34: each PDF still embeds the font and reads back in Chinese).
 */
class ParsedFontsTest {

	private final ParsedFonts fonts = new ParsedFonts();

	private final PdfLayout layout = new PdfLayout(null, fonts);

	private Path font;

	@BeforeEach
	void font() {
		font = DebianPackages.cjkFont();
	}

	@AfterEach
	void close() throws Exception {
		fonts.destroy();
	}

	@Test
	void r34OneParsedCopyServesDocumentAfterDocument() throws Exception {
		for (String text : List.of("公共信用信息报告", "行政处罚信息 沪市监罚", "守信激励对象名单 ABC 123")) {
			assertReadsBack(layout.render(page(text), font), text);
			assertThat(fonts.copies()).as("parsed once, then lent again").isEqualTo(1);
		}
		fonts.destroy();
		assertThat(fonts.copies()).as("closed with the application").isZero();
	}

	@Test
	void r34ConcurrentDocumentsEachBorrowACopyOfTheirOwn() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> pdfs = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String text = "第" + i + "份报告 失信被执行人";
				pdfs.add(threads.submit(() -> layout.render(page(text), font)));
			}
			for (int i = 0; i < pdfs.size(); i++) {
				assertReadsBack(pdfs.get(i).get(), "第" + i + "份报告 失信被执行人");
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(fonts.copies()).as("at most one copy per core").isBetween(1, Runtime.getRuntime().availableProcessors());
	}

	private static String page(String text) {
		return "<html><head><style>body { font-family: GongxinCJK; }</style></head><body><p>" + text + "</p></body></html>";
	}

	private static void assertReadsBack(byte[] bytes, String text) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(text);
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
				}
			}
		}
	}
}
