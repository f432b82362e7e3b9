package io.gongxin.platform.internal;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the cluster's scheduler ({@link BackgroundScheduler}) runs. Its threads run only the short jobs: batches and
 * batch queries have executors of their own, so a long batch never delays the sealer or a deadline sweep.
 *
 * @param threads the scheduler's threads on each node
 * @param poll how often each node looks for due jobs
 * @param heartbeat how often a node tells that it still runs a job
 * @param missedHeartbeats beats missed before another node takes a job over (its dead-execution period)
 * @param shutdownWait how long a stopping node lets running jobs finish
 */
@ConfigurationProperties("gongxin.scheduler")
record SchedulerSettings(@DefaultValue("6") int threads, @DefaultValue("PT1S") Duration poll,
		@DefaultValue("PT5S") Duration heartbeat, @DefaultValue("6") int missedHeartbeats,
		@DefaultValue("PT20S") Duration shutdownWait) {

	/** A new db-scheduler of these tasks on the application's database. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks) {
		// recurring tasks are handed over as start tasks (scheduled at start-up if not already), the others as known
		List recurring = tasks.stream().filter(RecurringTask.class::isInstance).toList();
		List others = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
		LoggerFactory.getLogger(BackgroundScheduler.class)
			.debug("Background jobs: {}", tasks.stream().map(Task::getName).toList());
		return Scheduler.create(dataSource, others)
			.startTasks(recurring)
			.threads(threads)
			.pollingInterval(poll)
			.heartbeatInterval(heartbeat)
			.missedHeartbeatsLimit(missedHeartbeats)
			.shutdownMaxWait(shutdownWait)
			.pollUsingLockAndFetch(0.5, 1.0)
			.build();
	}
}
