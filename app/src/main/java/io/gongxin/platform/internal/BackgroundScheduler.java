package io.gongxin.platform.internal;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The cluster's scheduler (ADR 0012): db-scheduler on the application's database, running every
 * {@link Task} bean the modules declare (the sealer, the checkpoints, the sweeps). A recurring task is one
 * row in {@code scheduled_tasks}: one node picks it at a time, heartbeats it while it runs, and another node
 * takes it over when those heartbeats stop; so each job runs once per interval in the cluster, not on every node.
 *
 * <p>Its threads ({@code gongxin.scheduler.threads}) run only these short jobs: batches and batch queries have
 * executors of their own, so a long batch never delays the sealer or a deadline sweep.
 *
 * <p>Started after everything else (the last phase), stopped first: running jobs get
 * {@code gongxin.scheduler.shutdown-wait} to finish; a job cut short is picked again after its dead-execution
 * period ({@code heartbeat} times {@code missed-heartbeats}).
 */
@Component
class BackgroundScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundScheduler.class);

	private final java.util.function.Supplier<Scheduler> build;

	/** A new one at each start: a stopped db-scheduler cannot start again (the test contexts are paused and resumed). */
	private volatile Scheduler scheduler;

	@SuppressWarnings({ "rawtypes", "unchecked" })
	BackgroundScheduler(DataSource dataSource, List<Task<?>> tasks,
			@Value("${gongxin.scheduler.threads:6}") int threads,
			@Value("${gongxin.scheduler.poll:PT1S}") Duration poll,
			@Value("${gongxin.scheduler.heartbeat:PT5S}") Duration heartbeat,
			@Value("${gongxin.scheduler.missed-heartbeats:6}") int missedHeartbeats,
			@Value("${gongxin.scheduler.shutdown-wait:PT20S}") Duration shutdownWait) {
		// recurring tasks are handed over as start tasks (scheduled at start-up if not already), the others as known
		List recurring = tasks.stream().filter(RecurringTask.class::isInstance).toList();
		List others = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
		this.build = () -> Scheduler.create(dataSource, others)
			.startTasks(recurring)
			.threads(threads)
			.pollingInterval(poll)
			.heartbeatInterval(heartbeat)
			.missedHeartbeatsLimit(missedHeartbeats)
			.shutdownMaxWait(shutdownWait)
			.pollUsingLockAndFetch(0.5, 1.0)
			.build();
		log.debug("Background jobs: {}", tasks.stream().map(Task::getName).toList());
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

	/** Last to start (the web server and the database come first), first to stop. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}
}
