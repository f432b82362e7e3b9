package io.gongxin.batch.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chunk ahead (issue 16): a reader thread reads and checks the next chunk while the worker's thread commits
 * this one. The hand-off holds nothing itself: the reader waits with its finished chunk until the committing thread
 * takes it, so at most two chunks are in memory. Chunks come out in the order they were read, then how the reading
 * ended: nothing at the end of the file, else what the reader threw (a fault of the file, a stop, any throwable),
 * after the chunks read before it. Closing stops the reader at its next row and waits for it.
 */
final class ReadAhead implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ReadAhead.class);

	private static final Duration JOIN = Duration.ofSeconds(30);

	/** The reader's work: each chunk handed on with {@link #hand}, in order. */
	interface Reading {

		void read(ReadAhead out) throws IOException;
	}

	/** A chunk, or how the reading ended (null: at the end of the file). */
	private record Handed(Chunk chunk, Throwable ended) {
	}

	/** Unwinds the reader when the committing side has gone. */
	static final class Closed extends RuntimeException {

		Closed() {
			super("closed", null, false, false);
		}
	}

	private final SynchronousQueue<Handed> handOff = new SynchronousQueue<>();

	private final Thread reader;

	private volatile boolean closed;

	private boolean ended;

	ReadAhead(String name, Reading reading) {
		this.reader = new Thread(() -> {
			Throwable end = null;
			try {
				reading.read(this);
			}
			catch (Throwable ex) {
				end = ex;
			}
			if (!(end instanceof Closed)) {
				put(new Handed(null, end));
			}
		}, name);
		reader.setDaemon(true);
		reader.start();
	}

	/** The reader's hand-off: waits until the committing thread takes the chunk. */
	void hand(Chunk chunk) {
		if (!put(new Handed(chunk, null))) {
			throw new Closed();
		}
	}

	/** Asked by the reader between rows: the committing side has gone, stop reading. */
	void checkOpen() {
		if (closed) {
			throw new Closed();
		}
	}

	/** The next chunk in order, or null after the last; throws what ended the reading, as it was thrown. */
	Chunk next() throws IOException {
		if (ended) {
			return null;
		}
		Handed handed;
		try {
			handed = handOff.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BatchProcessor.Stopped();
		}
		if (handed.chunk() != null) {
			return handed.chunk();
		}
		ended = true;
		if (handed.ended() instanceof IOException io) {
			throw io;
		}
		if (handed.ended() instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (handed.ended() instanceof Error error) {
			throw error;
		}
		return null;
	}

	private boolean put(Handed handed) {
		try {
			while (!closed) {
				if (handOff.offer(handed, 50, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** Stops the reader (at its next row or hand-off) and waits for it, so that the file it reads can go. */
	@Override
	public void close() {
		closed = true;
		try {
			reader.join(JOIN.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (reader.isAlive()) {
			log.warn("The reader {} did not stop within {}", reader.getName(), JOIN);
		}
	}
}
