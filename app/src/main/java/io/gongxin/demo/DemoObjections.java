package io.gongxin.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import javax.imageio.ImageIO;

import io.gongxin.dispute.Objections;
import io.gongxin.dispute.PastObjections;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticSubjects;

import org.springframework.beans.factory.annotation.Value;
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

	private final Subjects subjects;

	private final Records records;

	private final Objections objections;

	private final PastObjections past;

	private final Clock clock;

	private final long seed;

	DemoObjections(Subjects subjects, Records records, Objections objections, PastObjections past, Clock clock,
			@Value("${gongxin.demo-data.seed:20261122}") long seed) {
		this.subjects = subjects;
		this.records = records;
		this.objections = objections;
		this.past = past;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock);
		penaltyOf(4).ifPresent(penalty -> {
			long id = past.enter(penalty.subject(), penalty.id(), "PRIVACY_OR_SECRET", OPEN_STATEMENT, today, null,
					"demo");
			past.attach(id, "供应商合同（商业秘密）.png", scan("DEMO EVIDENCE: supplier contract, page 1"), today, "demo");
		});
		penaltyOf(8).ifPresent(penalty -> {
			long id = past.enter(penalty.subject(), penalty.id(), "ERROR_OR_OMISSION", DISPUTED_STATEMENT,
					today.minusDays(28), today.minusDays(27), "demo");
			past.disagreed(id, "经核查，该企业未在规定期限内公示年度报告，处罚事实清楚。", today.minusDays(22), today.minusDays(20),
					"demo");
		});
	}

	/** The n-th demo organisation's penalty from the market regulator, unless it already carries an objection. */
	private Optional<CreditRecord> penaltyOf(int n) {
		SyntheticSubjects generator = new SyntheticSubjects(seed);
		SyntheticSubjects.Organisation organisation = generator.organisation();
		for (int i = 0; i < n; i++) {
			organisation = generator.organisation();
		}
		return subjects.find(organisation.code())
			.map(Subject::key)
			.filter(key -> objections.marks(key, LocalDate.now(clock)).isEmpty())
			.flatMap(key -> records.activeOf(key).stream().filter(r -> r.item().equals("ADMIN_PENALTY")).findFirst());
	}

	/** A small scanned page, as a person would photograph a document. */
	private static byte[] scan(String text) {
		BufferedImage page = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 480, 240);
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
		g.drawString(text, 20, 120);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(page, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
