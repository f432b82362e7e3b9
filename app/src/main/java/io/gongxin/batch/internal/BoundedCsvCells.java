package io.gongxin.batch.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that follows CSV quoting just enough to measure cells and records as the parser will see
 * them, and refuses a cell longer than {@value #MAX_CELL} characters (CELL_TOO_LARGE) or a record longer
 * than {@value #MAX_RECORD} (LINE_TOO_LONG). Counting
 * lines is not enough: a quoted cell may hold line breaks, so one cell of 100 MB split into short lines
 * would otherwise be gathered whole by the parser and exhaust the worker.
 */
final class BoundedCsvCells extends FilterReader {

	static final int MAX_CELL = BoundedLines.MAX_LINE;

	static final int MAX_RECORD = 2 * MAX_CELL;

	private enum State {
		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED
	}

	private State state = State.FIELD_START;

	private int cell;

	private int record;

	private int line = 1;

	private int recordLine = 1;

	BoundedCsvCells(Reader in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			count((char) c);
		}
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

	private void count(char c) {
		if (c == '\n') {
			line++;
		}
		if (separates(c)) {
			return;
		}
		if (++cell > MAX_CELL) {
			throw new BatchFileException("CELL_TOO_LARGE", recordLine);
		}
		if (++record > MAX_RECORD) {
			throw new BatchFileException("LINE_TOO_LONG", recordLine);
		}
	}

	/** Moves the quoting state on by one character; true when the character ends a cell or a record (not counted). */
	private boolean separates(char c) {
		switch (state) {
			case FIELD_START, UNQUOTED -> {
				if (c == '"' && state == State.FIELD_START) {
					state = State.QUOTED;
					return false;
				}
				if (ends(c)) {
					return true;
				}
				if (c != '\r') {
					state = State.UNQUOTED;
				}
				return false;
			}
			case QUOTED -> {
				if (c == '"') {
					state = State.QUOTE_IN_QUOTED;
				}
				return false;
			}
			default -> {
				// after a quote inside quotes: a second quote is an escaped one, a separator ends the cell
				if (c == '"') {
					state = State.QUOTED;
					return false;
				}
				if (ends(c)) {
					return true;
				}
				state = State.UNQUOTED;
				return false;
			}
		}
	}

	/** A comma ends the cell, a line break the record (outside quotes). */
	private boolean ends(char c) {
		if (c == ',') {
			state = State.FIELD_START;
			cell = 0;
			return true;
		}
		if (c == '\n') {
			endRecord();
			return true;
		}
		return false;
	}

	private void endRecord() {
		state = State.FIELD_START;
		cell = 0;
		record = 0;
		recordLine = line;
	}
}
