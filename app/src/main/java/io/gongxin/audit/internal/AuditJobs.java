package io.gongxin.audit.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query log's cluster jobs on the background scheduler (ADR 0012): each runs on one node at a time, once
 * per interval in the cluster. The sealer keeps its advisory lock as well: the chain has one writer even if a
 * job were ever picked twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLogGroupSettings.class)
class AuditJobs {

	@Bean
	RecurringTask<Void> auditSealer(Sealer sealer, @Value("${gongxin.audit.seal-every:PT1S}") Duration every) {
		return Tasks.recurring("audit-sealer", FixedDelay.of(every)).execute((instance, context) -> sealer.sealPending());
	}

	@Bean
	RecurringTask<Void> auditCheckpoints(Checkpoints checkpoints,
			@Value("${gongxin.audit.checkpoint-every:PT10M}") Duration every) {
		return Tasks.recurring("audit-checkpoints", FixedDelay.of(every))
			.execute((instance, context) -> checkpoints.signFinishedDays());
	}
}
