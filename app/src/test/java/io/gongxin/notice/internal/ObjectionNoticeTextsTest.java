package io.gongxin.notice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.dispute.ObjectionDecided;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.subject.SubjectKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The notices of an objection's steps, composed from the step's event: plain rules, no Spring. */
class ObjectionNoticeTextsTest {

	private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

	private static ObjectionDecided onRecord(String status, ObjectionStep step) {
		return new ObjectionDecided(41, 96L, new SubjectKey(7), status, null, AT, "MARKET", "ADMIN_PENALTY", step);
	}

	private static ObjectionDecided onOmission(String status, ObjectionStep step) {
		return new ObjectionDecided(42, null, new SubjectKey(7), status, null, AT, "MARKET", "COMMENDATION", step);
	}

	@Test
	@DisplayName("R-28 received: the subject with the comparison's provisional deadline, the provider that its record is marked")
	void received() {
		ObjectionStep step = ObjectionStep.named("RECEIVED").due(LocalDate.of(2026, 3, 9), true).atCounter(true);
		assertThat(ObjectionNoticeTexts.of(onRecord("RECEIVED", step), "行政处罚信息", "")).containsExactly(
				Told.subject("OBJECTION_RECEIVED", "市信用中心窗口经您同意代为提出的对“行政处罚信息”记录的异议已受理，中心将于 2026-03-09"
						+ "（暂定，当年放假安排公布后重新计算） 前完成比对；异议处理期间该记录在查询中加注标注。"),
				Told.provider("OBJECTION_RECEIVED", "信息主体对贵单位报送的“行政处罚信息”记录 96 提出异议（41），中心比对中，该记录已加注异议标注。"));
		assertThat(ObjectionNoticeTexts.of(onOmission("RECEIVED", step.atCounter(false).due(LocalDate.of(2026, 3, 9), false)),
				"表彰奖励信息", "张三（3101**********1234）")).containsExactly(
				Told.subject("OBJECTION_RECEIVED", "您对信息项“表彰奖励信息”的遗漏的异议已受理，中心将于 2026-03-09 前完成比对。"),
				Told.provider("OBJECTION_RECEIVED", "信息主体 张三（3101**********1234）认为贵单位应报送的信息项 COMMENDATION 记录有遗漏，"
						+ "提出异议（42），中心比对中。"));
	}

	@Test
	@DisplayName("R-29b forwarded: the provider first, with its deadline and what happens if it is late; then the subject")
	void forwarded() {
		ObjectionStep step = ObjectionStep.named("FORWARDED").due(LocalDate.of(2026, 3, 20), false);
		assertThat(ObjectionNoticeTexts.of(onRecord("FORWARDED", step), "行政处罚信息", "")).containsExactly(
				Told.provider("OBJECTION_FORWARDED", "异议 41（“行政处罚信息”记录 96）已转交贵单位核查，请于 2026-03-20 前答复；逾期该记录将中止提供查询。"),
				Told.subject("OBJECTION_FORWARDED", "您对“行政处罚信息”记录的异议 41 经比对与提供单位数据一致，已转交提供单位核查，"
						+ "提供单位应于 2026-03-20 前答复。"));
	}

	@Test
	@DisplayName("R-29b answered: upheld without a correction the record leaves queries; a suspended record is shown again")
	void answered() {
		ObjectionStep step = ObjectionStep.named("UPHELD").noting("处罚已撤销").answered(false, true);
		assertThat(ObjectionNoticeTexts.of(onRecord("UPHELD", step), "行政处罚信息", "")).containsExactly(
				Told.subject("OBJECTION_UPHELD", "提供单位对您“行政处罚信息”记录的异议 41 的核查结果：异议成立，该记录不再对外提供查询。说明：处罚已撤销"),
				Told.provider("OBJECTION_UPHELD", "贵单位对异议 41 的答复已记录，记录 96 恢复提供查询。"));
		assertThat(ObjectionNoticeTexts.of(onOmission("REJECTED", ObjectionStep.named("REJECTED").noting("x")), "表彰奖励信息", ""))
			.containsExactly(Told.subject("OBJECTION_REJECTED", "提供单位对异议 42 的核查结果：异议不成立。说明：x"),
					Told.provider("OBJECTION_REJECTED", "贵单位对异议 42 的答复已记录。"));
	}

	@Test
	@DisplayName("R-30a R-30b reviewed with the centre's conclusion and the remedies; suspended told to the provider; recounted to no one")
	void reviewedSuspendedRecounted() {
		assertThat(ObjectionNoticeTexts.of(onRecord("DISAGREED", ObjectionStep.named("REVIEWED").noting("维持")), "行政处罚信息", ""))
			.containsExactly(Told.subject("OBJECTION_REVIEWED", "市信用中心已复核您的异议 41（“行政处罚信息”），复核结论：维持。"
					+ "该记录继续标注“有异议”；如仍不服，可依法申请行政复议或提起行政诉讼。"));
		assertThat(ObjectionNoticeTexts.of(onRecord("FORWARDED", ObjectionStep.named("SUSPENDED")), "行政处罚信息", ""))
			.containsExactly(Told.provider("RECORD_SUSPENDED", "异议 41 逾期未答复，记录 96 已中止提供查询，答复后恢复。"));
		assertThat(ObjectionNoticeTexts.of(onRecord("FORWARDED", ObjectionStep.named("RECOUNTED")), "行政处罚信息", "")).isEmpty();
		assertThat(ObjectionNoticeTexts.of(onRecord("FORWARDED", null), "行政处罚信息", "")).isEmpty();
	}

	@Test
	@DisplayName("R-28 each piece of evidence is its own step: told once per file, even with the same name")
	void evidence() {
		ObjectionStep first = ObjectionStep.named("EVIDENCE").ref("a").noting("缴款凭证.png");
		assertThat(ObjectionNoticeTexts.of(onRecord("RECEIVED", first), "行政处罚信息", "")).extracting(Told::message)
			.isEqualTo(List.of("您为异议 41 上传的证明材料“缴款凭证.png”已收到，中心和提供单位处理时可查阅。"));
		assertThat(first.key()).isNotEqualTo(first.ref("b").key());
	}
}
