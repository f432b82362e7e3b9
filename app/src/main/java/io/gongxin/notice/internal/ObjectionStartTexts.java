package io.gongxin.notice.internal;

import java.util.List;

import io.gongxin.dispute.ObjectionDecided;
import io.gongxin.dispute.ObjectionStep;

/** R-28, R-29b: the notices of an objection received and forwarded, with the deadline each step sets. */
final class ObjectionStartTexts {

	private ObjectionStartTexts() {
	}

	/** received, and when the comparison is due; the provider, that its record is marked. */
	static List<Told> received(ObjectionDecided decided, String itemName, String subjectShown) {
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
	static List<Told> forwarded(ObjectionDecided decided, String itemName) {
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

	/** R-WD: a deadline on a calendar whose holidays are not yet published says so. */
	private static String provisional(ObjectionStep step) {
		return step.provisional() ? "（暂定，当年放假安排公布后重新计算）" : "";
	}
}
