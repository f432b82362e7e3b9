package io.gongxin.platform.internal;

import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The cluster's scheduler (ADR 0012): db-scheduler on the application's database, running every
 * {@link Task} bean the modules declare (the sealer, the checkpoints, the sweeps). A recurring task is one
 * row in {@code scheduled_tasks}: one node picks it at a time, heartbeats it while it runs, and another node
 * takes it over when those heartbeats stop; so each job runs once per interval in the cluster, not on every node.
 *
 * <p>Started after everything else (the web server and the database come first), stopped first: running jobs get
 * {@code gongxin.scheduler.shutdown-wait} to finish; a job cut short is picked again after its dead-execution
 * period ({@code heartbeat} times {@code missed-heartbeats}). Its settings: {@link SchedulerSettings}.
 */
@Component
class BackgroundScheduler implements SmartLifecycle {

	private final java.util.function.Supplier<Scheduler> build;

	/** A new one at each start: a stopped db-scheduler cannot start again (the test contexts are paused and resumed). */
	private volatile Scheduler scheduler;

	BackgroundScheduler(DataSource dataSource, List<Task<?>> tasks, SchedulerSettings settings) {
		this.build = () -> settings.scheduler(dataSource, tasks);
	}

	@Override
	public synchronized void start() {
		if (scheduler == null) {
			scheduler = build.get();
			scheduler.start();
		}
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.stop();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}
}
