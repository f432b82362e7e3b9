package io.gongxin.batch.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a line longer than its limit, so that a file with one endless line (or a cell
 * of hundreds of megabytes) fails with a clear error instead of exhausting memory.
 */
final class BoundedLines extends FilterReader {

	static final int MAX_LINE = 16 * 1024 * 1024;

	private int sinceNewline;

	private int line = 1;

	BoundedLines(Reader in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		count(c);
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		for (int i = 0; i < n; i++) {
			count(buffer[offset + i]);
		}
		return n;
	}

	private void count(int c) {
		if (c == '\n') {
			sinceNewline = 0;
			line++;
		}
		else if (c >= 0 && ++sinceNewline > MAX_LINE) {
			throw new BatchFileException("LINE_TOO_LONG", line);
		}
	}
}
