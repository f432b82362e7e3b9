package io.gongxin.repair.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;

import org.springframework.stereotype.Component;

/** R-27b: a subject may ask to delete its own record of an item deletable on request, with no request pending. */
@Component
class DeletableRecords {

	private final RightsRecords own;

	private final Catalogs catalogs;

	private final RequestedDeletions requests;

	DeletableRecords(RightsRecords own, Catalogs catalogs, RequestedDeletions requests) {
		this.own = own;
		this.catalogs = catalogs;
		this.requests = requests;
	}

	CreditRecord of(Caller subject, long recordId) {
		CreditRecord record = own.own(subject, recordId);
		if (!catalogs.published().item(record.item()).map(i -> i.deletableOnRequest()).orElse(false)) {
			throw new DomainException(DomainException.Kind.INVALID, "NOT_DELETABLE", Map.of("item", record.item()));
		}
		if (requests.pending(record.subject(), recordId)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "DELETION_PENDING", Map.of("recordId", recordId),
					String.valueOf(recordId));
		}
		return record;
	}
}
