package io.gongxin.query.internal;

import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/**
 * An agency's batch query taken in (R-20b): at most {@value #MAX_SUBJECTS} subjects, within the organisation's
 * quota, each line resolved to its subject before the query waits for a worker.
 */
@Component
class BatchQueryIntake {

	static final int MAX_SUBJECTS = 10_000;

	private final BatchQueryQuota quota;

	private final BatchQuerySubjects subjects;

	private final BatchQueryStore store;

	BatchQueryIntake(BatchQueryQuota quota, BatchQuerySubjects subjects, BatchQueryStore store) {
		this.quota = quota;
		this.subjects = subjects;
		this.store = store;
	}

	UUID submit(Caller caller, BatchQueryRequest request) {
		if (request.subjects().size() > MAX_SUBJECTS) {
			throw new DomainException(DomainException.Kind.INVALID, "TOO_MANY_SUBJECTS", Map.of("max", MAX_SUBJECTS),
					MAX_SUBJECTS);
		}
		quota.check(caller.organisation());
		return store.submit(caller, request.purpose().strip(), subjects.lines(request.subjects()));
	}
}
