package io.gongxin.batch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Rows of a JSON Lines file (UTF-8): each line has the shape of one element of {@code POST /records}.
 * A line that is not a JSON object is a row error; a line without {@code item} takes the batch's.
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
			Object element;
			try {
				element = json.readValue(text, Object.class);
			}
			catch (JacksonException ex) {
				return new SourceRow(line, RawRecord.fromJson(null),
						List.of(new RecordError("row", "MALFORMED_JSON", "该行不是有效的 JSON 对象")));
			}
			if (!(element instanceof Map<?, ?> map)) {
				return new SourceRow(line, RawRecord.fromJson(null),
						List.of(new RecordError("row", "MALFORMED_JSON", "该行不是 JSON 对象")));
			}
			RawRecord raw = RawRecord.fromJson(map);
			if (raw.item() != null && !item.equals(String.valueOf(raw.item()))) {
				return new SourceRow(line, raw, List.of(new RecordError("item", "ITEM_MISMATCH",
						"该行的信息项与批次的信息项（" + item + "）不同")));
			}
			return new SourceRow(line, new RawRecord(item, raw.sourceRef(), raw.subjectType(), raw.subjectId(),
					raw.subjectName(), raw.occurredOn(), raw.endedOn(), raw.fields()), List.of());
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
