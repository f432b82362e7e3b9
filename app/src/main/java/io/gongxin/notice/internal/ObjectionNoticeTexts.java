package io.gongxin.notice.internal;

import java.util.List;

import io.gongxin.dispute.ObjectionDecided;
import io.gongxin.dispute.ObjectionStep;

/**
 * R-28 to R-30b: what the subject and the provider are told at each step of an objection, composed from the step's
 * event (the texts the dispute module wrote before issue 15, word for word). Pure: the item's catalog name and, for
 * an omission's provider, the subject's name and shown identifier are handed in.
 */
final class ObjectionNoticeTexts {

	/** One notice: to the subject, or to the objection's provider. */
	record Told(boolean toSubject, String kind, String message) {

		static Told subject(String kind, String message) {
			return new Told(true, kind, message);
		}

		static Told provider(String kind, String message) {
			return new Told(false, kind, message);
		}
	}

	private ObjectionNoticeTexts() {
	}

	/**
	 * The notices of a step, in the order they are written; none for a step told to no one.
	 *
	 * @param itemName the objected item's name in the published catalog
	 * @param subjectShown the subject as an omission's provider is shown it: name（identifier as shown）
	 */
	static List<Told> of(ObjectionDecided decided, String itemName, String subjectShown) {
		ObjectionStep step = decided.step();
		if (step == null) {
			return List.of();
		}
		return switch (step.name()) {
			case "RECEIVED" -> received(decided, itemName, subjectShown);
			case "FORWARDED" -> forwarded(decided, itemName);
			case "CORRECTED" -> List.of(Told.subject("OBJECTION_CORRECTED", decided.recordId() != null
					? "您对“" + itemName + "”记录的异议 " + decided.objectionId() + " 成立，记录已由中心更正。"
					: "您的异议 " + decided.objectionId() + " 成立，遗漏的记录已由中心补正。"));
			case "UPHELD", "REJECTED" -> answered(decided, itemName);
			case "DISAGREED" -> List.of(Told.subject("OBJECTION_DISAGREED", "您对异议 " + decided.objectionId() + "（“"
					+ itemName + "”）的处理结果仍有异议，已转市信用中心复核；复核期间该记录继续标注“有异议”。"));
			case "REVIEWED" -> List.of(Told.subject("OBJECTION_REVIEWED", "市信用中心已复核您的异议 " + decided.objectionId()
					+ "（“" + itemName + "”），复核结论：" + step.note()
					+ "。该记录继续标注“有异议”；如仍不服，可依法申请行政复议或提起行政诉讼。"));
			case "EVIDENCE" -> List.of(Told.subject("OBJECTION_EVIDENCE", "您为异议 " + decided.objectionId()
					+ " 上传的证明材料“" + step.note() + "”已收到，中心和提供单位处理时可查阅。"));
			case "SUSPENDED" -> List.of(Told.provider("RECORD_SUSPENDED", "异议 " + decided.objectionId()
					+ " 逾期未答复，记录 " + decided.recordId() + " 已中止提供查询，答复后恢复。"));
			default -> List.of();
		};
	}

	/** received, and when the comparison is due; the provider, that its record is marked. */
	private static List<Told> received(ObjectionDecided decided, String itemName, String subjectShown) {
		ObjectionStep step = decided.step();
		boolean onRecord = decided.recordId() != null;
		String what = onRecord ? "“" + itemName + "”记录" : "信息项“" + itemName + "”的遗漏";
		Told subject = Told.subject("OBJECTION_RECEIVED", (step.atCounter() ? "市信用中心窗口经您同意代为提出的" : "您")
				+ "对" + what + "的异议已受理，中心将于 " + step.dueBy() + provisional(step) + " 前完成比对"
				+ (onRecord ? "；异议处理期间该记录在查询中加注标注。" : "。"));
		if (decided.provider() == null) {
			return List.of(subject);
		}
		return List.of(subject, Told.provider("OBJECTION_RECEIVED", onRecord
				? "信息主体对贵单位报送的“" + itemName + "”记录 " + decided.recordId() + " 提出异议（" + decided.objectionId()
						+ "），中心比对中，该记录已加注异议标注。"
				: "信息主体 " + subjectShown + "认为贵单位应报送的信息项 " + decided.item() + " 记录有遗漏，提出异议（"
						+ decided.objectionId() + "），中心比对中。"));
	}

	/** R-29b: the provider is to check it by its deadline; the subject, that it was forwarded. */
	private static List<Told> forwarded(ObjectionDecided decided, String itemName) {
		ObjectionStep step = decided.step();
		long id = decided.objectionId();
		String due = step.dueBy() + provisional(step);
		if (decided.recordId() != null) {
			return List.of(
					Told.provider("OBJECTION_FORWARDED", "异议 " + id + "（“" + itemName + "”记录 " + decided.recordId()
							+ "）已转交贵单位核查，请于 " + due + " 前答复；逾期该记录将中止提供查询。"),
					Told.subject("OBJECTION_FORWARDED", "您对“" + itemName + "”记录的异议 " + id
							+ " 经比对与提供单位数据一致，已转交提供单位核查，提供单位应于 " + due + " 前答复。"));
		}
		return List.of(
				Told.provider("OBJECTION_FORWARDED", "异议 " + id + "（信息项 " + decided.item() + " 的记录遗漏）已转交贵单位核查，请于 "
						+ due + " 前答复；如确有遗漏，请通过归集报送该记录。"),
				Told.subject("OBJECTION_FORWARDED", "您的异议 " + id + " 经比对，平台已收到提供单位报送的全部记录，已转交提供单位核查。"));
	}

	/** R-29b: the provider's answer, to the subject with its explanation; the provider, that it is recorded. */
	private static List<Told> answered(ObjectionDecided decided, String itemName) {
		ObjectionStep step = decided.step();
		long id = decided.objectionId();
		boolean upheld = "UPHELD".equals(step.name());
		String kind = "OBJECTION_" + step.name();
		if (decided.recordId() != null) {
			return List.of(
					Told.subject(kind, "提供单位对您“" + itemName + "”记录的异议 " + id + " 的核查结果："
							+ (!upheld ? "异议不成立。" : step.recordCorrected() ? "异议成立，记录已更正。" : "异议成立，该记录不再对外提供查询。")
							+ "说明：" + step.note()),
					Told.provider(kind, "贵单位对异议 " + id + " 的答复已记录"
							+ (step.recordResumed() ? "，记录 " + decided.recordId() + " 恢复提供查询。" : "。")));
		}
		return List.of(
				Told.subject(kind, "提供单位对异议 " + id + " 的核查结果："
						+ (upheld ? "异议成立，将通过归集补报遗漏的记录。" : "异议不成立。") + "说明：" + step.note()),
				Told.provider(kind, "贵单位对异议 " + id + " 的答复已记录"
						+ (upheld ? "，请通过归集报送信息项 " + decided.item() + " 的遗漏记录。" : "。")));
	}

	/** R-WD: a deadline on a calendar whose holidays are not yet published says so. */
	private static String provisional(ObjectionStep step) {
		return step.provisional() ? "（暂定，当年放假安排公布后重新计算）" : "";
	}
}
