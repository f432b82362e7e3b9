package io.gongxin.notice.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.gongxin.GongxinTest;
import io.gongxin.TestClock;
import io.gongxin.notice.NoticeChannel;
import io.gongxin.notice.NoticeSender;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14, ADR 0017: a notice to a person goes out through the pluggable sender. The SMS gateway and the e-mail
 * server are the boundary we do not own, so a recording sender stands in for them; the notices, the outbox and the
 * delivery are the platform's own, on its database. (The shared platform runs with the channels off, so its own
 * delivery leaves these rows to the delivery under test.)
 */
@GongxinTest
class NoticeDeliveryTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subjects subjects;

	@Autowired
	TestClock clock;

	@Autowired
	PlatformTransactionManager transactions;

	final NoticeSettings on = new NoticeSettings(true, true, Duration.ofSeconds(10), Duration.ofMinutes(1), 3);

	/** Records what it was asked to send; fails for the addresses it is told to. */
	static class RecordingSender implements NoticeSender {

		final List<Outgoing> sent = new CopyOnWriteArrayList<>();

		final AtomicInteger failures = new AtomicInteger();

		volatile int failNext;

		@Override
		public void send(Outgoing notice) {
			if (failNext > 0) {
				failNext--;
				failures.incrementAndGet();
				throw new IllegalStateException("gateway down for " + notice.address());
			}
			sent.add(notice);
		}
	}

	RecordingSender sender;

	NoticesJdbc notices;

	NoticeContacts contacts;

	Subject person;

	@BeforeEach
	void person() {
		clock.set(java.time.ZonedDateTime.parse("2026-11-18T10:00:00+08:00[Asia/Shanghai]"));
		sender = new RecordingSender();
		notices = new NoticesJdbc(jdbc, clock, on);
		contacts = new NoticeContacts(jdbc, clock);
		person = subjects.register(new SyntheticSubjects(System.nanoTime())
			.person(LocalDate.of(1970, 1, 1), LocalDate.of(1990, 1, 1)).id(), "孙八");
	}

	private NoticeDelivery delivery(Clock at) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", sender);
		return new NoticeDelivery(jdbc, beans.getBeanProvider(NoticeSender.class), on, at, transactions);
	}

	private List<NoticeSender.Outgoing> sentTo(String address) {
		return sender.sent.stream().filter(n -> n.address().equals(address)).toList();
	}

	@Test
	@DisplayName("R-29 R-27b R-RP a notice to a person goes out by SMS and e-mail to its contacts, once each")
	void deliveredOncePerChannel() {
		String mobile = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
		contacts.save(person.key(), new Contacts(mobile, "sun.ba@example.com"));
		notices.toSubject(null, person.key(), "DELETION_DONE", "平台已按您的申请删除「表彰奖励信息：优秀共青团员」。", clock.instant());
		delivery(clock).deliverDue();
		delivery(clock).deliverDue();
		assertThat(sentTo(mobile)).singleElement().satisfies(n -> {
			assertThat(n.channel()).isEqualTo(NoticeChannel.SMS);
			assertThat(n.message()).contains("优秀共青团员");
			assertThat(n.toString()).doesNotContain(mobile).contains(mobile.substring(0, 3) + "****");
		});
		assertThat(sentTo("sun.ba@example.com")).singleElement()
			.satisfies(n -> assertThat(n.channel()).isEqualTo(NoticeChannel.EMAIL));
		assertThat(statuses()).containsOnly("SENT");
	}

	@Test
	@DisplayName("R-29 a failed send is tried again after a pause and then delivered; the error kept names no address")
	void retriedAfterAFailure() {
		String mobile = "138" + String.format("%08d", System.nanoTime() % 100_000_000L);
		contacts.save(person.key(), new Contacts(mobile, null));
		notices.toSubject(null, person.key(), "REPAIR_APPROVED", "您对「考试作弊信息」的信用修复申请已通过。", clock.instant());
		sender.failNext = 1;
		delivery(clock).deliverDue();
		assertThat(sentTo(mobile)).isEmpty();
		assertThat(sender.failures.get()).isEqualTo(1);
		String error = jdbc.sql("select last_error from notice_outbox where subject_key = ? and channel = 'SMS'")
			.param(person.key().value()).query(String.class).single();
		assertThat(error).isEqualTo("IllegalStateException").doesNotContain(mobile);
		// not before its pause is over
		delivery(clock).deliverDue();
		assertThat(sentTo(mobile)).isEmpty();
		clock.set(clock.instant().plus(Duration.ofMinutes(2)).atZone(clock.getZone()));
		delivery(clock).deliverDue();
		assertThat(sentTo(mobile)).hasSize(1);
		// no e-mail address: not sent, and marked so rather than retried for ever
		assertThat(jdbc.sql("select status from notice_outbox where subject_key = ? and channel = 'EMAIL'")
			.param(person.key().value()).query(String.class).single()).isEqualTo("NO_CONTACT");
	}

	@Test
	@DisplayName("R-29 two nodes delivering at once send each notice once")
	void twoNodesSendOnce() throws Exception {
		String mobile = "137" + String.format("%08d", System.nanoTime() % 100_000_000L);
		contacts.save(person.key(), new Contacts(mobile, null));
		for (int i = 0; i < 20; i++) {
			notices.toSubject(null, person.key(), "OBJECTION_RECEIVED", "通知 " + i, clock.instant());
		}
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> runs = new java.util.ArrayList<>();
			for (int node = 0; node < 2; node++) {
				NoticeDelivery delivery = delivery(clock);
				runs.add(nodes.submit(() -> {
					start.await();
					return delivery.deliverDue() + delivery.deliverDue();
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(sentTo(mobile)).hasSize(20);
		assertThat(sentTo(mobile).stream().map(NoticeSender.Outgoing::noticeId).distinct()).hasSize(20);
	}

	@Test
	@DisplayName("R-29 the notice and its outbox rows are written together: a request that fails leaves neither")
	void writtenInTheRequestsTransaction() {
		TransactionTemplate template = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> template.executeWithoutResult(status -> {
			notices.toSubject(null, person.key(), "DELETION_REQUESTED", "不会留下的通知", clock.instant());
			throw new IllegalStateException("the request failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(jdbc.sql("select count(*) from notices where subject_key = ?").param(person.key().value())
			.query(Integer.class).single()).isZero();
		assertThat(statuses()).isEmpty();
	}

	private List<String> statuses() {
		return jdbc.sql("select status from notice_outbox where subject_key = ?").param(person.key().value())
			.query(String.class).list();
	}

	@Test
	@DisplayName("the platform's own sender sends nothing and logs the address masked")
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void defaultSenderMasks(org.springframework.boot.test.system.CapturedOutput output) {
		assertThat(NoticeChannel.SMS.mask("13912345678")).isEqualTo("139****5678");
		assertThat(NoticeChannel.EMAIL.mask("sun.ba@example.com")).isEqualTo("s***@example.com");
		NoticeSending.LOGGING.send(new NoticeSender.Outgoing(1, NoticeChannel.SMS, "13912345678", "K", "您的通知"));
		assertThat(output.getAll()).contains("139****5678").doesNotContain("13912345678").doesNotContain("您的通知");
	}
}
