package io.gongxin.batch.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;

import io.gongxin.GongxinTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16 point 1: an upload's parts are sealed and opened several at a time ({@link PartsAhead}); each part is
 * still stored under its own position and the file comes back byte for byte, whatever its number of parts.
 */
@GongxinTest
class BatchFilesTest {

	@Autowired
	BatchFiles files;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 1, BatchFiles.PART - 1, BatchFiles.PART, 2 * BatchFiles.PART, 5 * BatchFiles.PART + 12_345 })
	@DisplayName("R-09a a stored upload of any number of parts comes back in order, byte for byte; each part sealed on its own")
	void partsComeBackInOrder(int size) throws Exception {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into batches (id, provider, username, item, format, file_name, size_bytes, status, created_at)
				values (?, 'TAX', 'tax', 'ADMIN_PENALTY', 'CSV', 'x.csv', 0, 'DONE', ?)""")
			.params(id, OffsetDateTime.now(clock))
			.update();
		byte[] plain = new byte[size];
		new Random(size).nextBytes(plain);
		assertThat(files.store(id, new ByteArrayInputStream(plain))).isEqualTo(size);
		int parts = (size + BatchFiles.PART - 1) / BatchFiles.PART;
		assertThat(jdbc.sql("select part from batch_files where batch_id = ? order by part").param(id).query(Integer.class)
			.list()).hasSize(parts).containsExactlyElementsOf(java.util.stream.IntStream.range(0, parts).boxed().toList());
		Path back = files.unseal(id, null);
		try {
			assertThat(Files.readAllBytes(back)).isEqualTo(plain);
		}
		finally {
			files.deleteWorkFile(back);
		}
		if (parts > 1) {
			// the first two parts swapped: each is bound to its position, so the file does not open
			for (int[] move : new int[][] { { 0, -1 }, { 1, 0 }, { -1, 1 } }) {
				jdbc.sql("update batch_files set part = ? where batch_id = ? and part = ?").params(move[1], id, move[0]).update();
			}
			assertThatThrownBy(() -> files.unseal(id, null)).isInstanceOf(IllegalStateException.class);
		}
		files.delete(id, null);
	}
}
