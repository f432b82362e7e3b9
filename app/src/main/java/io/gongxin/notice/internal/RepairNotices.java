package io.gongxin.notice.internal;

import io.gongxin.repair.RepairDecided;
import io.gongxin.repair.RepairRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R-RP: what the subject and the provider are told of a credit repair application, written after the step's commit
 * from its event (retried from the event publication registry, written once).
 */
@Component
class RepairNotices {

	private final NoticesJdbc notices;

	RepairNotices(NoticesJdbc notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(RepairRequested applied) {
		NoticeSource source = NoticeSource.repair(applied.repairId(), "APPLIED");
		notices.toOrganisation(source, applied.provider(), "REPAIR_APPLIED", "信息主体对「" + applied.recordName()
				+ "」（记录 " + applied.recordId() + "）申请信用修复（申请 " + applied.repairId() + "），请审核。", applied.at());
		notices.toSubject(source, applied.subject(), "REPAIR_APPLIED", "您对「" + applied.recordName()
				+ "」的信用修复申请已提交（申请 " + applied.repairId() + "），等待信息提供单位审核。", applied.at());
	}

	@ApplicationModuleListener
	void on(RepairDecided decided) {
		String status = decided.granted() ? "APPROVED" : "REJECTED";
		notices.toSubject(NoticeSource.repair(decided.repairId(), status), decided.subject(), "REPAIR_" + status,
				"您对「" + decided.recordName() + "」的信用修复申请" + (decided.granted() ? "已通过，该记录不再公开。" : "未通过。")
						+ "理由：" + decided.reason(),
				decided.at());
	}
}
