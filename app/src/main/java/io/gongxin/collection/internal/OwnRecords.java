package io.gongxin.collection.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.collection.ProviderRecord;
import io.gongxin.collection.ProviderRecords;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Paging;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordVersion;
import io.gongxin.record.Records;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A provider's own records, read through the query log and revoked with a line in the collection log. */
@Component
class OwnRecords implements ProviderRecords {

	private final Records records;

	private final Subjects subjects;

	private final CollectionLog log;

	private final TransactionTemplate transactions;

	private final RecordReads reads;

	OwnRecords(Records records, Subjects subjects, CollectionLog log, TransactionTemplate transactions,
			RecordReads reads) {
		this.records = records;
		this.subjects = subjects;
		this.log = log;
		this.transactions = transactions;
		this.reads = reads;
	}

	@Override
	public List<ProviderRecord> ofProvider(Caller caller, String item, Integer page, Integer size) {
		Paging paging = Paging.of(page, size, "size", 50, 500);
		return transactions.execute(status -> reads
			.logged(caller, records.ofProvider(caller.organisation(), item == null ? null : item.strip(), paging.limit(),
					paging.offset()))
			.stream()
			.map(r -> ProviderRecord.of(r, null, null))
			.toList());
	}

	@Override
	public ProviderRecord record(long id, Caller caller) {
		return transactions.execute(status -> {
			CreditRecord record = caller.has(Role.PROVIDER) ? own(id, caller)
					: records.find(id).orElseThrow(() -> unknown(id));
			reads.logged(caller, List.of(record));
			return withSubject(record, records.history(id));
		});
	}

	@Override
	public ProviderRecord revoke(long id, RevocationRequest request, Caller caller) {
		CreditRecord record = own(id, caller);
		CreditRecord revoked = transactions.execute(status -> {
			CreditRecord done = records.revoke(record.id(), request.reason(), caller.username());
			log.write(new CollectionLog.Entry(caller.organisation(), caller.username(), "API", null, record.item(),
					record.sourceRef(), record.subject().value(), record.id(), "REVOKED", null, null));
			return done;
		});
		return withSubject(revoked, null);
	}

	/** A person's id number appears masked: the provider already holds it, the answer need not. */
	private ProviderRecord withSubject(CreditRecord record, List<RecordVersion> history) {
		return ProviderRecord.of(record, subjects.find(record.subject()).orElse(null), history);
	}

	private CreditRecord own(long id, Caller caller) {
		CreditRecord record = records.find(id).orElseThrow(() -> unknown(id));
		if (!record.provider().equals(caller.organisation())) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_RECORD", Map.of("recordId", id),
					String.valueOf(id));
		}
		return record;
	}

	private static DomainException unknown(long id) {
		return new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD", Map.of("recordId", id),
				String.valueOf(id));
	}
}
