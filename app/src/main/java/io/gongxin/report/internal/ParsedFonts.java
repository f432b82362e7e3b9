package io.gongxin.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The report font parsed once per concurrent PDF, not once per document (issue 16): parsing the CJK collection
 * was most of a PDF's time. A parsed font reads its tables lazily and is not thread-safe, so each document
 * borrows a copy of its own; a copy is parsed only while fewer than one per core exist, beyond that a document
 * waits for one to come back. Each node keeps its own copies of its own font file.
 */
@Component
class ParsedFonts implements DisposableBean {

	private final int max = Runtime.getRuntime().availableProcessors();

	private final BlockingQueue<ParsedFont> idle = new LinkedBlockingQueue<>();

	private final AtomicInteger copies = new AtomicInteger();

	/** Lends a parsed copy of {@code path} to {@code use} for the length of the call. */
	<T> T with(Path path, Function<ParsedFont, T> use) {
		ParsedFont font;
		try {
			font = borrow(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the report font", ex);
		}
		try {
			return use.apply(font);
		}
		finally {
			idle.add(font);
		}
	}

	/** How many parsed copies exist now, lent out or idle. */
	int copies() {
		return copies.get();
	}

	private ParsedFont borrow(Path path) throws IOException, InterruptedException {
		ParsedFont font = idle.poll();
		if (font == null && copies.incrementAndGet() > max) {
			copies.decrementAndGet();
			font = idle.take();
		}
		if (font == null) {
			try {
				return ParsedFont.parse(path);
			}
			catch (IOException | RuntimeException ex) {
				copies.decrementAndGet();
				throw ex;
			}
		}
		if (font.path().equals(path)) {
			return font;
		}
		discard(font); // the configured font changed: its old copies go
		return borrow(path);
	}

	private void discard(ParsedFont font) throws IOException {
		copies.decrementAndGet();
		font.close();
	}

	@Override
	public void destroy() throws IOException {
		for (ParsedFont font = idle.poll(); font != null; font = idle.poll()) {
			discard(font);
		}
	}
}
