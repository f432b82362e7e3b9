package io.gongxin.demo;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.dispute.PastObjections;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city's objections to try the objection pages at once (issue 14): the fifth organisation's penalty under
 * an open objection with a scanned document as evidence, awaiting the centre's comparison; the ninth's under an
 * objection its provider did not uphold and the organisation still disputes, awaiting the centre's review (R-30a).
 * Loaded once, after {@link DemoCity}.
 */
@Component
@Order(21)
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoObjections implements ApplicationRunner {

	static final String OPEN_STATEMENT = "处罚决定书公开了本企业的供应商名称和进货价格，属于商业秘密，请删除这部分内容。";

	static final String DISPUTED_STATEMENT = "年度报告已按时公示，处罚所依据的事实不存在。";

	private final DemoPenalties penalties;

	private final PastObjections past;

	private final Clock clock;

	DemoObjections(DemoPenalties penalties, PastObjections past, Clock clock) {
		this.penalties = penalties;
		this.past = past;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock);
		penalties.unobjectedOf(4).ifPresent(penalty -> {
			long id = past.enter(penalty.subject(), penalty.id(), "PRIVACY_OR_SECRET", OPEN_STATEMENT, today, null,
					"demo");
			past.attach(id, "供应商合同（商业秘密）.png", ScannedPage.png("DEMO EVIDENCE: supplier contract, page 1"), today,
					"demo");
		});
		penalties.unobjectedOf(8).ifPresent(penalty -> {
			long id = past.enter(penalty.subject(), penalty.id(), "ERROR_OR_OMISSION", DISPUTED_STATEMENT,
					today.minusDays(28), today.minusDays(27), "demo");
			past.disagreed(id, "经核查，该企业未在规定期限内公示年度报告，处罚事实清楚。", today.minusDays(22), today.minusDays(20),
					"demo");
		});
	}
}
