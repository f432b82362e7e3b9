package io.gongxin.dispute.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.gongxin.dispute.ObjectionDeadlines;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * R-30b's sweep of overdue objections and the evidence retention sweep on the background scheduler (ADR 0012):
 * once per interval in the cluster.
 */
@Configuration(proxyBeanMethods = false)
class DisputeJobs {

	@Bean
	RecurringTask<Void> disputeObjectionSweep(ObjectionDeadlines deadlines,
			@Value("${gongxin.rights.sweep-every:PT1M}") Duration every) {
		return Tasks.recurring("dispute-objection-sweep", FixedDelay.of(every))
			.execute((instance, context) -> deadlines.suspendOverdue());
	}

	@Bean
	RecurringTask<Void> disputeAttachmentSweep(AttachmentSweep sweep,
			@Value("${gongxin.rights.attachment-sweep-every:PT1H}") Duration every) {
		return Tasks.recurring("dispute-attachment-sweep", FixedDelay.of(every))
			.execute((instance, context) -> sweep.scheduled());
	}
}
