package io.gongxin.report.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One parsed copy of the report font: a .ttf, or the last font of a .ttc collection (the one openhtmltopdf picked
 * when given the file; for WenQuanYi Micro Hei its Mono face, so the reports look as before). Its tables are read lazily
 * from the file, so a copy serves one document at a time ({@link ParsedFonts} lends them out).
 */
record ParsedFont(Path path, Closeable source, TrueTypeFont font) implements Closeable {

	static ParsedFont parse(Path path) throws IOException {
		if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
			AtomicReference<TrueTypeFont> last = new AtomicReference<>();
			collection.processAllFonts(last::set);
			if (last.get() == null) {
				collection.close();
				throw new IOException("no font in the collection " + path);
			}
			return new ParsedFont(path, collection, last.get());
		}
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
		return new ParsedFont(path, font, font);
	}

	/** The font for one document, which embeds the glyphs it uses (the copy is only read, never closed by it). */
	PDFontSupplier subsetIn(PDDocument document) throws IOException {
		return new PDFontSupplier(PDType0Font.load(document, font, true));
	}

	@Override
	public void close() throws IOException {
		source.close();
	}
}
