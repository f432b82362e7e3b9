package io.gongxin.record.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredFieldsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STORED = "{\"amount\": 1200.50, \"authority\": \"市税务局\", \"decisionNumber\": \"沪税罚〔2024〕1号\"}";

	private final AtomicInteger parses = new AtomicInteger();

	private StoredFields fields() {
		return new StoredFields(STORED, text -> {
			parses.incrementAndGet();
			return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		});
	}

	@Test
	@DisplayName("the stored jsonb text goes into the response as it is, without being parsed")
	void writtenAsStoredWithoutParsing() {
		String written = JSON.writeValueAsString(Map.of("fields", fields()));

		assertThat(written).isEqualTo("{\"fields\":" + STORED + "}");
		assertThat(parses).hasValue(0);
	}

	@Test
	@DisplayName("a rule that reads a field gets it, parsed once, in the stored order")
	void parsedOnceWhenRead() {
		StoredFields fields = fields();

		assertThat(fields.get("authority")).isEqualTo("市税务局");
		assertThat(fields.keySet()).containsExactly("amount", "authority", "decisionNumber");
		assertThat(fields).containsEntry("decisionNumber", "沪税罚〔2024〕1号").hasSize(3);
		assertThat(parses).hasValue(1);
		assertThat(fields).isEqualTo(JSON.readValue(STORED, new TypeReference<Map<String, Object>>() {
		}));
	}

	@Test
	@DisplayName("the fields cannot be changed behind the stored text")
	void unmodifiable() {
		assertThatThrownBy(() -> fields().put("amount", 1)).isInstanceOf(UnsupportedOperationException.class);
	}
}
