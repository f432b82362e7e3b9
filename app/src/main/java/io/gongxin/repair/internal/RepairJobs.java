package io.gongxin.repair.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.gongxin.repair.Expiry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The expiry sweep and the carrying out of due deletion requests on the background scheduler (ADR 0012): once per
 * interval in the cluster.
 */
@Configuration(proxyBeanMethods = false)
class RepairJobs {

	@Bean
	RecurringTask<Void> repairExpirySweep(Expiry expiry, @Value("${gongxin.rights.expiry-every:PT1H}") Duration every) {
		return Tasks.recurring("repair-expiry-sweep", FixedDelay.of(every)).execute((instance, context) -> expiry.sweep());
	}

	@Bean
	RecurringTask<Void> repairDeletionCarryOut(DueDeletions deletions,
			@Value("${gongxin.rights.deletion-every:PT5M}") Duration every) {
		return Tasks.recurring("repair-deletion-carry-out", FixedDelay.of(every))
			.execute((instance, context) -> deletions.carryOutDue());
	}
}
