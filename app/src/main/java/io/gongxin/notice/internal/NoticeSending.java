package io.gongxin.notice.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.gongxin.notice.NoticeSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outward notice sender (the platform's own sends nothing: a deployment declares a {@link NoticeSender} bean) and
 * the delivery of the outbox on the background scheduler (ADR 0012, 0017): once per interval in the cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticeSettings.class)
class NoticeSending {

	private static final Logger log = LoggerFactory.getLogger(NoticeSending.class);

	/** The platform's own sender, used while no {@link NoticeSender} bean is declared: a masked log line, nothing out. */
	static final NoticeSender LOGGING = notice -> log.info("Notice {} not sent outward (no {} sender configured): {} to {}",
			notice.noticeId(), notice.channel(), notice.kind(), notice.channel().mask(notice.address()));

	@Bean
	RecurringTask<Void> disputeNoticeDelivery(NoticeDelivery delivery, NoticeSettings settings) {
		return Tasks.recurring("dispute-notice-delivery", FixedDelay.of(settings.deliverEvery()))
			.execute((instance, context) -> delivery.deliverDue());
	}
}
