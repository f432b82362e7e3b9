package io.gongxin.calendar.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar as a transaction that loads a year sees it, on that transaction's thread until it ends (so deadlines
 * recomputed in it use the new year), while other threads count on the committed data (ADR 0013).
 */
@Component
class UncommittedYears {

	Optional<WorkingDayCalendar> current() {
		return Optional.ofNullable((WorkingDayCalendar) TransactionSynchronizationManager.getResource(this));
	}

	/** Replaces what this transaction counts on; forgotten when it ends. Outside a transaction, nothing to keep. */
	void keep(Supplier<WorkingDayCalendar> calendar) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.unbindResource(this);
		}
		else {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(UncommittedYears.this);
				}
			});
		}
		TransactionSynchronizationManager.bindResource(this, calendar.get());
	}
}
