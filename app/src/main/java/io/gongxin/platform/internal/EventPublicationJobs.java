package io.gongxin.platform.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * The event publication registry's upkeep on the background scheduler (ADR 0012; docs/operations.md, "Events"):
 * one node at a time hands the failed and stale publications to their listeners again (the listeners are
 * idempotent), and the completed ones are deleted once they are old enough that no one needs them to trace a
 * fault. Not on restart: in a cluster a node that starts would re-run what another node is handling.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationJobs {

	@Bean
	RecurringTask<Void> eventsResubmission(IncompleteEventPublications incomplete,
			@Value("${gongxin.events.resubmit-every:PT1M}") Duration every,
			@Value("${gongxin.events.resubmit-after:PT1M}") Duration after) {
		return Tasks.recurring("events-resubmission", FixedDelay.of(every))
			.execute((instance, context) -> incomplete
				.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(after)));
	}

	@Bean
	RecurringTask<Void> eventsPurge(CompletedEventPublications completed,
			@Value("${gongxin.events.purge-every:PT1H}") Duration every,
			@Value("${gongxin.events.keep-completed:P7D}") Duration keep) {
		return Tasks.recurring("events-purge", FixedDelay.of(every))
			.execute((instance, context) -> completed.deletePublicationsOlderThan(keep));
	}
}
