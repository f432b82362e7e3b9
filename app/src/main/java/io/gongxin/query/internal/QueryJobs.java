package io.gongxin.query.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The batch queries' settings, and forgetting expired batch-query results on the background scheduler (ADR 0012):
 * once per interval in the cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BatchQuerySettings.class)
class QueryJobs {

	@Bean
	RecurringTask<Void> queryBatchQueryCleanup(BatchQueryStore batchQueries, BatchQuerySettings settings) {
		return Tasks.recurring("query-batch-query-cleanup", FixedDelay.of(settings.cleanupEvery()))
			.execute((instance, context) -> batchQueries.forgetExpired());
	}
}
