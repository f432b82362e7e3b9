package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16 point 1: the hand-off between the reader thread and the committing thread keeps the chunks' order, loses
 * none, holds none of its own (one chunk ahead at most), passes on how the reading ended after the chunks read before
 * it, and stops the reader when the committing side goes.
 */
class ReadAheadTest {

	private static Chunk chunk() {
		return new Chunk(null, null);
	}

	@Test
	@DisplayName("every chunk comes out once, in the order the reader handed it on, then the end")
	void keepsOrderAndLosesNothing() throws Exception {
		List<Chunk> handed = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			handed.add(chunk());
		}
		List<Chunk> taken = new ArrayList<>();
		try (ReadAhead chunks = new ReadAhead("test-read", out -> handed.forEach(out::hand))) {
			for (Chunk chunk; (chunk = chunks.next()) != null;) {
				taken.add(chunk);
			}
			assertThat(chunks.next()).as("still the end").isNull();
		}
		assertThat(taken).containsExactlyElementsOf(handed);
	}

	@Test
	@DisplayName("the reader is never more than one chunk ahead: a hand-off returns only once the committing side took it")
	void oneChunkAhead() throws Exception {
		AtomicInteger handedOn = new AtomicInteger();
		AtomicInteger built = new AtomicInteger();
		int taken = 0;
		try (ReadAhead chunks = new ReadAhead("test-read", out -> {
			for (int i = 0; i < 200; i++) {
				built.incrementAndGet();
				out.hand(chunk());
				handedOn.incrementAndGet();
			}
		})) {
			while (chunks.next() != null) {
				taken++;
				assertThat(handedOn.get()).as("chunks the reader has let go of").isLessThanOrEqualTo(taken);
				assertThat(built.get()).as("chunks in memory: the one taken and at most one more").isLessThanOrEqualTo(taken + 1);
			}
		}
		assertThat(taken).isEqualTo(200);
	}

	@Test
	@DisplayName("a fault of the file comes after the chunks read before it, as the reader threw it")
	void aFaultComesAfterTheChunksBeforeIt() throws Exception {
		BatchFileException fault = new BatchFileException("CELL_TOO_LARGE", 7);
		List<Chunk> handed = List.of(chunk(), chunk(), chunk());
		List<Chunk> taken = new ArrayList<>();
		try (ReadAhead chunks = new ReadAhead("test-read", out -> {
			handed.forEach(out::hand);
			throw fault;
		})) {
			assertThatThrownBy(() -> {
				for (Chunk chunk; (chunk = chunks.next()) != null;) {
					taken.add(chunk);
				}
			}).isSameAs(fault);
			assertThat(chunks.next()).isNull();
		}
		assertThat(taken).containsExactlyElementsOf(handed);
	}

	@Test
	@DisplayName("an Error on the reader's thread reaches the committing thread as it was (a batch too complex fails, the worker goes on)")
	void anErrorIsPassedOn() {
		OutOfMemoryError error = new OutOfMemoryError("simulated");
		try (ReadAhead chunks = new ReadAhead("test-read", out -> {
			throw error;
		})) {
			assertThatThrownBy(chunks::next).isSameAs(error);
		}
	}

	@Test
	@DisplayName("when the committing side fails or stops, closing stops the reader, waiting or reading, before the file goes")
	void closingStopsTheReader() throws Exception {
		AtomicReference<Throwable> readerEnded = new AtomicReference<>();
		AtomicBoolean readerDone = new AtomicBoolean();
		ReadAhead chunks = new ReadAhead("test-read", out -> {
			try {
				while (true) {
					out.checkOpen();
					out.hand(chunk());
				}
			}
			catch (RuntimeException ex) {
				readerEnded.set(ex);
				throw ex;
			}
			finally {
				readerDone.set(true);
			}
		});
		assertThat(chunks.next()).isNotNull();
		chunks.close();
		assertThat(readerDone).as("the reader has ended when close returns").isTrue();
		assertThat(readerEnded.get()).isInstanceOf(ReadAhead.Closed.class);
	}
}
