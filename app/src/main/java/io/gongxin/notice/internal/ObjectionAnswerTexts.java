package io.gongxin.notice.internal;

import java.util.List;

import io.gongxin.dispute.ObjectionDecided;
import io.gongxin.dispute.ObjectionStep;

/** R-29b: the notices of the provider's answer to an objection. */
final class ObjectionAnswerTexts {

	private ObjectionAnswerTexts() {
	}

	/** R-29b: the provider's answer, to the subject with its explanation; the provider, that it is recorded. */
	static List<Told> answered(ObjectionDecided decided, String itemName) {
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
}
