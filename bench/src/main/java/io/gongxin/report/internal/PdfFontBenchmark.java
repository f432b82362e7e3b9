package io.gongxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.function.Supplier;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Issue 16 point 4: the CPU time of one PDF with the font parsed for every document (as before) against the
 * platform's {@link PdfLayout} with {@link ParsedFonts} (parsed once), in one run on one thread, alternating the
 * two so that both see the same machine. CPU time rather than wall time, so that other work on the machine
 * counts less.
 *
 * <pre>java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.report.internal.PdfFontBenchmark 40</pre>
 */
public final class PdfFontBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private PdfFontBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 40;
		Path font = Path.of(args.length > 1 ? args[1] : "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
		String xhtml = page();
		ParsedFonts fonts = new ParsedFonts();
		PdfLayout layout = new PdfLayout(null, fonts);
		Supplier<byte[]> before = () -> parsedEveryTime(xhtml, font);
		Supplier<byte[]> after = () -> layout.render(xhtml, font);
		for (int i = 0; i < 5; i++) { // warm-up
			before.get();
			after.get();
		}
		long[] cpu = new long[2];
		long[] wall = new long[2];
		long[] bytes = new long[2];
		for (int i = 0; i < documents; i++) {
			for (int mode = 0; mode < 2; mode++) {
				long cpu0 = THREADS.getCurrentThreadCpuTime();
				long wall0 = System.nanoTime();
				bytes[mode] += (mode == 0 ? before : after).get().length;
				cpu[mode] += THREADS.getCurrentThreadCpuTime() - cpu0;
				wall[mode] += System.nanoTime() - wall0;
			}
		}
		String[] names = { "font parsed for every document (before)", "parsed once, lent per document (after)" };
		for (int mode = 0; mode < 2; mode++) {
			System.out.printf("%s: %.1f ms CPU, %.1f ms wall per PDF, %,d bytes%n", names[mode],
					cpu[mode] / 1e6 / documents, wall[mode] / 1e6 / documents, bytes[mode] / documents);
		}
		System.out.printf("CPU per PDF after / before: %.2f; parsed copies: %d%n", (double) cpu[1] / cpu[0], fonts.copies());
		fonts.destroy();
	}

	private static byte[] parsedEveryTime(String xhtml, Path font) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(font.toFile(), ReportFonts.FAMILY);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A report-sized page: a heading, and a table of thirty penalty rows in Chinese. */
	private static String page() {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 30; i++) {
			rows.append("<tr><td>沪市监罚〔2024〕").append(i).append("号</td><td>上海市市场监督管理局</td>")
				.append("<td>未按规定公示年度报告，责令改正并处罚款人民币").append(1000 + i).append("元</td></tr>");
		}
		return "<html><head><style>body { font-family: GongxinCJK; font-size: 10pt; } h1 { letter-spacing: .2em; }"
				+ "</style></head><body><h1>公共信用信息报告</h1><p>统一社会信用代码 91310000132200821H</p><table>" + rows
				+ "</table></body></html>";
	}
}
