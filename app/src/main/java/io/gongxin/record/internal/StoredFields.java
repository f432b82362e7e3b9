package io.gongxin.record.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A record's fields as the store keeps them ({@code jsonb} text): parsed only when a field is read (a visibility rule
 * that needs one), and written to JSON as stored, without parsing and re-serialising them (issue 16). Unmodifiable.
 */
@JsonSerialize(using = StoredFields.AsStored.class)
final class StoredFields extends AbstractMap<String, Object> {

	private final String text;

	private final Function<String, Map<String, Object>> parser;

	private volatile Map<String, Object> parsed;

	StoredFields(String text, Function<String, Map<String, Object>> parser) {
		this.text = text;
		this.parser = parser;
	}

	private Map<String, Object> parsed() {
		Map<String, Object> map = parsed;
		if (map == null) {
			map = Collections.unmodifiableMap(parser.apply(text));
			parsed = map;
		}
		return map;
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		return parsed().entrySet();
	}

	@Override
	public Object get(Object key) {
		return parsed().get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return parsed().containsKey(key);
	}

	@Override
	public int size() {
		return parsed().size();
	}

	/** Writes the stored JSON text as it is. */
	public static final class AsStored extends ValueSerializer<StoredFields> {

		@Override
		public void serialize(StoredFields value, JsonGenerator gen, SerializationContext context) {
			gen.writeRawValue(value.text);
		}
	}
}
