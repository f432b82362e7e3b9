package io.gongxin.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * The lifecycle a node's workers of leased background work share (batches, batch queries): an executor of their
 * own, never the scheduler's threads (ADR 0012); claims only while a worker is free and the node is not
 * stopping; a graceful stop that lets each running piece of work see {@link #stopping()} and hand itself back,
 * waits at most the shutdown wait, then interrupts what is left (another node takes it over after the stale
 * period). Stopped early, before the background scheduler and the web server, while the database is still there.
 *
 * @param <L> the lease a claim gives: the work's identity while it runs here
 */
public abstract class LeasedWorkers<L> implements SmartLifecycle, DisposableBean {

	private final Logger log = LoggerFactory.getLogger(getClass());

	private final int workers;

	private final Duration shutdownWait;

	private final ExecutorService executor;

	private final AtomicInteger busy = new AtomicInteger();

	/** The work this node runs, by lease; cancelled when a stop waits too long. */
	private final Map<L, Future<?>> running = new ConcurrentHashMap<>();

	private volatile boolean started;

	private volatile boolean stopping;

	protected LeasedWorkers(String threadName, int workers, Duration shutdownWait) {
		this.workers = workers;
		this.shutdownWait = shutdownWait;
		this.executor = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, threadName);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Runs one claimed piece of work to its end; never throws (a failure is the work's own outcome). */
	protected abstract void run(L lease);

	/** Claims while a worker is free and the node is not stopping; the calling thread only hands over. */
	protected final void claimWhileFree(Supplier<Optional<L>> claim) {
		while (busy.get() < workers && !stopping) {
			Optional<L> claimed = claim.get();
			if (claimed.isEmpty()) {
				return;
			}
			L lease = claimed.get();
			busy.incrementAndGet();
			FutureTask<Void> task = new FutureTask<>(() -> runClaimed(lease), null);
			running.put(lease, task);
			executor.execute(task);
		}
	}

	private void runClaimed(L lease) {
		try {
			run(lease);
		}
		finally {
			running.remove(lease);
			busy.decrementAndGet();
		}
	}

	/** Whether the node is stopping: running work ends at its next safe point and is handed back. */
	protected final boolean stopping() {
		return stopping;
	}

	/** The leases of the work running on this node now. */
	protected final Set<L> running() {
		return running.keySet();
	}

	@Override
	public void start() {
		stopping = false;
		started = true;
	}

	/** Graceful stop: no new claims; waits for the running work at most the shutdown wait, then interrupts it. */
	@Override
	public void stop() {
		stopping = true;
		if (!awaitIdle()) {
			log.warn("Work still running after {}; it is taken over after the stale period", shutdownWait);
			running.values().forEach(task -> task.cancel(true));
		}
		started = false;
	}

	private boolean awaitIdle() {
		long deadline = System.nanoTime() + shutdownWait.toNanos();
		try {
			while (busy.get() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return busy.get() <= 0;
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return started;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 500;
	}
}
