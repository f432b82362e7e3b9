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
			case "RECEIVED" -> ObjectionStartTexts.received(decided, itemName, subjectShown);
			case "FORWARDED" -> ObjectionStartTexts.forwarded(decided, itemName);
			case "CORRECTED" -> List.of(Told.subject("OBJECTION_CORRECTED", decided.recordId() != null
					? "您对“" + itemName + "”记录的异议 " + decided.objectionId() + " 成立，记录已由中心更正。"
					: "您的异议 " + decided.objectionId() + " 成立，遗漏的记录已由中心补正。"));
			case "UPHELD", "REJECTED" -> ObjectionAnswerTexts.answered(decided, itemName);
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
}
