package io.gongxin.batch.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The cipher work on a stored upload's parts ({@link BatchFiles}), {@value #AHEAD} parts at a time on threads of
 * its own, the results taken in the parts' order: the vault's SM4-GCM runs in Java at some tens of MB/s, so sealing
 * or opening part after part on one thread keeps a second core idle while the database waits. The calling thread keeps
 * the database work (and its transaction); at most {@value #AHEAD} parts and the one the caller holds are in memory.
 */
final class PartsAhead implements AutoCloseable {

	static final int AHEAD = 2;

	private final ExecutorService ciphers = Executors.newFixedThreadPool(AHEAD, work -> {
		Thread thread = new Thread(work, "gongxin-batch-cipher");
		thread.setDaemon(true);
		return thread;
	});

	private final Deque<Future<byte[]>> pending = new ArrayDeque<>();

	/** Starts this part's work; once {@value #AHEAD} are in flight, returns the oldest one's result, else null. */
	byte[] next(Callable<byte[]> work) {
		pending.add(ciphers.submit(work));
		return pending.size() > AHEAD ? take() : null;
	}

	/** The oldest result still in flight, or null when none is. */
	byte[] take() {
		Future<byte[]> oldest = pending.poll();
		if (oldest == null) {
			return null;
		}
		try {
			return oldest.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while a part was sealed or opened", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		ciphers.shutdownNow();
	}
}
