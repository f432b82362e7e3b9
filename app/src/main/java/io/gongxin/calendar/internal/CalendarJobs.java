package io.gongxin.calendar.internal;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * R-WD's catch-up count of deadlines on the background scheduler (ADR 0012): once per interval in the cluster
 * (counting again is idempotent, so this only saves work), first one interval after the job is first scheduled.
 */
@Configuration(proxyBeanMethods = false)
class CalendarJobs {

	@Bean
	RecurringTask<Void> calendarDeadlineCatchUp(DeadlineCatchUp catchUp,
			@Value("${gongxin.calendar.recount-every:PT10M}") Duration every) {
		return Tasks.recurring("calendar-deadline-catch-up", new AfterOneInterval(every))
			.execute((instance, context) -> catchUp.catchUp());
	}

	/** A fixed delay whose first run also waits one interval: a node that just started has counted afresh. */
	record AfterOneInterval(Duration every) implements Schedule {

		@Override
		public Instant getNextExecutionTime(ExecutionComplete complete) {
			return complete.getTimeDone().plus(every);
		}

		@Override
		public Instant getInitialExecutionTime(Instant now) {
			return now.plus(every);
		}

		@Override
		public boolean isDeterministic() {
			return false;
		}
	}
}
