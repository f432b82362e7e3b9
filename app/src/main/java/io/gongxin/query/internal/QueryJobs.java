package io.gongxin.query.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Forgetting expired batch-query results, on the background scheduler (ADR 0012): once per interval in the cluster. */
@Configuration(proxyBeanMethods = false)
class QueryJobs {

	@Bean
	RecurringTask<Void> queryBatchQueryCleanup(BatchQueries batchQueries,
			@Value("${gongxin.batch-queries.cleanup-every:PT1H}") Duration every) {
		return Tasks.recurring("query-batch-query-cleanup", FixedDelay.of(every))
			.execute((instance, context) -> batchQueries.forgetExpired());
	}
}
