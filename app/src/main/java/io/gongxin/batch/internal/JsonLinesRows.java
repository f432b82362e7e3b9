package io.gongxin.batch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.ObjectMapper;

/**
 * Rows of a JSON Lines file (UTF-8): each line has the shape of one element of {@code POST /records}.
 * Blank lines are skipped; each other line is one row ({@link JsonLine}).
 */
final class JsonLinesRows implements RowSource {

	private final BufferedReader reader;

	private final ObjectMapper json;

	private final String item;

	private int line;

	JsonLinesRows(Path file, String item, ObjectMapper json) throws IOException {
		if (!Encodings.detect(file).equals(StandardCharsets.UTF_8)) {
			throw new BatchFileException("INVALID_ENCODING", 1);
		}
		this.reader = new BufferedReader(new BoundedLines(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8)));
		this.json = json;
		this.item = item;
	}

	@Override
	public SourceRow next() throws IOException {
		String text;
		while ((text = reader.readLine()) != null) {
			line++;
			text = line == 1 ? text.replace("\uFEFF", "") : text;
			if (text.isBlank()) {
				continue;
			}
			return new JsonLine(line, text).row(item, json);
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
