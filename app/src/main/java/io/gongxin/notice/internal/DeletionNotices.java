package io.gongxin.notice.internal;

import io.gongxin.repair.DeletionCarriedOut;
import io.gongxin.repair.DeletionRequested;
import io.gongxin.repair.DeletionWithdrawn;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R-27b: what the subject (and, once deleted, the provider) is told of a deletion request, written after the step's
 * commit from its event (retried from the event publication registry, written once).
 */
@Component
class DeletionNotices {

	private final NoticesJdbc notices;

	DeletionNotices(NoticesJdbc notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(DeletionRequested requested) {
		notices.toSubject(NoticeSource.deletion(requested.requestId(), "REQUESTED"), requested.subject(),
				"DELETION_REQUESTED", "您申请删除「" + requested.recordName() + "」，已受理（申请 " + requested.requestId()
						+ "）。平台将于 " + requested.dueBy() + " 前删除；" + requested.carryOutOn() + " 删除前您可以撤回申请。",
				requested.at());
	}

	@ApplicationModuleListener
	void on(DeletionWithdrawn withdrawn) {
		notices.toSubject(NoticeSource.deletion(withdrawn.requestId(), "WITHDRAWN"), withdrawn.subject(),
				"DELETION_WITHDRAWN", "您已撤回删除「" + withdrawn.recordName() + "」的申请（申请 " + withdrawn.requestId()
						+ "），该信息继续保留。",
				withdrawn.at());
	}

	@ApplicationModuleListener
	void on(DeletionCarriedOut done) {
		NoticeSource source = NoticeSource.deletion(done.requestId(), "DONE");
		notices.toOrganisation(source, done.provider(), "RECORD_DELETED", "信息主体申请删除「" + done.recordName()
				+ "」（记录 " + done.recordId() + "），平台已删除，不再提供查询。", done.at());
		notices.toSubject(source, done.subject(), "DELETION_DONE", "平台已按您的申请删除「" + done.recordName()
				+ "」（申请 " + done.requestId() + "），该信息不再提供查询。", done.at());
	}
}
