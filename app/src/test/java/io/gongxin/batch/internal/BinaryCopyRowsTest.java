package io.gongxin.batch.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.GongxinTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The binary COPY that stages a chunk reads back exactly what was written, whatever the characters. */
@GongxinTest
class BinaryCopyRowsTest {

	/** Values a text COPY or CSV would have to quote or escape, or might take for NULL. */
	private static final List<String> AWKWARD = List.of("沪市监罚〔2025〕1号 示例企业", "他说\"罚款\", 'single' and \"\"",
			"back\\slash \\N \\. C:\\temp\\", "line one\nline two\r\nthird\tcolumn", "", "\\N", "😀 emoji and \u0001 control",
			",;|\"\n\\");

	@Autowired
	ChunkCopy copy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ObjectMapper json;

	record Staged(int rowNo, String sourceRef, long subjectKey, LocalDate occurredOn, LocalDate endedOn, String fields,
			Boolean late, Long recordId, String outcome) {
	}

	@Test
	@DisplayName("Chinese text, quotes, backslashes, newlines, empty strings, nulls, extreme numbers and dates and jsonb with unicode round-trip through the binary COPY")
	void awkwardValuesRoundTrip() {
		UUID batch = UUID.randomUUID();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("处罚类别", "罚款");
		AWKWARD.forEach(text -> fields.put("k" + fields.size() + text, text));
		fields.put("nested", Map.of("list", List.of(1, 2.5, "三", true)));
		fields.put("absent", null);
		byte[] fieldsJson = json.writeValueAsBytes(fields);
		LocalDate[] dates = { LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(1900, 3, 1),
				LocalDate.of(2099, 12, 31), LocalDate.of(1970, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2000, 1, 2),
				LocalDate.of(1, 1, 1) };
		List<Staged> read = transactions.execute(status -> {
			copy.copy(out -> {
				BinaryCopyRows rows = new BinaryCopyRows(out);
				for (int i = 0; i < AWKWARD.size(); i++) {
					rows.row(10).uuid(batch).integer(i == 0 ? Integer.MAX_VALUE : i).text(AWKWARD.get(i))
						.bigint(i == 0 ? Long.MAX_VALUE : -i).date(dates[i]).date(i % 2 == 0 ? null : dates[i])
						.jsonb(fieldsJson).bool(i % 3 == 0 ? null : i % 3 == 1).bigint(i).text(i == 1 ? null : "CREATED");
				}
				rows.finish();
			});
			return jdbc.sql("""
					select row_no, source_ref, subject_key, occurred_on, ended_on, fields::text as fields, late, record_id, outcome
					  from batch_chunk where batch_id = ? order by record_id""")
				.param(batch)
				.query(Staged.class)
				.list();
		});
		assertThat(read).hasSize(AWKWARD.size());
		for (int i = 0; i < AWKWARD.size(); i++) {
			Staged row = read.get(i);
			assertThat(row.sourceRef()).isEqualTo(AWKWARD.get(i));
			assertThat(row.rowNo()).isEqualTo(i == 0 ? Integer.MAX_VALUE : i);
			assertThat(row.subjectKey()).isEqualTo(i == 0 ? Long.MAX_VALUE : -i);
			assertThat(row.occurredOn()).isEqualTo(dates[i]);
			assertThat(row.endedOn()).isEqualTo(i % 2 == 0 ? null : dates[i]);
			assertThat(json.readValue(row.fields(), Map.class)).isEqualTo(fields);
			assertThat(row.late()).isEqualTo(i % 3 == 0 ? null : i % 3 == 1);
			assertThat(row.recordId()).isEqualTo(i);
			assertThat(row.outcome()).isEqualTo(i == 1 ? null : "CREATED");
		}
	}

	@Test
	@DisplayName("a COPY whose rows fail half-way is cancelled: the error surfaces and nothing is staged")
	void aFailureHalfWayStagesNothing() {
		UUID batch = UUID.randomUUID();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> copy.copy(out -> {
			new BinaryCopyRows(out).row(10).uuid(batch).integer(1);
			throw new IOException("the rows broke off");
		}))).hasRootCauseMessage("the rows broke off");
		assertThat(jdbc.sql("select count(*) from batch_staging where batch_id = ?").param(batch).query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select 1").query(Integer.class).single()).as("the connection is usable again").isEqualTo(1);
	}
}
