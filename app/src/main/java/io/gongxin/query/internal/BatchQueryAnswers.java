package io.gongxin.query.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import io.gongxin.query.CreditProfiles;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One line of a batch query answered as a profile for the agency, logged like a single query (R-20b), or the
 * reason it is not.
 */
@Component
class BatchQueryAnswers {

	private final CreditProfiles profiles;

	private final Subjects subjects;

	private final TransactionTemplate savepoint;

	BatchQueryAnswers(CreditProfiles profiles, Subjects subjects, PlatformTransactionManager transactions) {
		this.profiles = profiles;
		this.subjects = subjects;
		// one subject refused (a DomainException out of the profile's transaction) must not doom its chunk: each
		// answer runs under a savepoint, whose rollback also clears the rollback-only mark the refusal left
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Runs inside the chunk's transaction. */
	BatchQueryResult.Answer answer(BatchQueryLine line, Caller caller, String purpose) {
		if (line.subjectKey() == null) {
			return BatchQueryResult.Answer.error(line.index(), line.error());
		}
		try {
			return savepoint.execute(status -> BatchQueryResult.Answer.of(line.index(), profiles.profile(
					subjects.find(new SubjectKey(line.subjectKey())).orElseThrow(), caller, null, purpose, "BATCH_QUERY")));
		}
		catch (DomainException ex) {
			return BatchQueryResult.Answer.error(line.index(), ex.code());
		}
	}
}
