package io.gongxin.calendar;

/**
 * Published, inside the transaction that stores it, when a year's holiday notice is loaded, replaced or removed (R-WD).
 * Modules that keep deadlines listen synchronously and recompute, in that same transaction, the deadlines whose
 * counting crossed the year: so every node sees the new deadlines exactly when it sees the new year.
 */
public record CalendarYearChanged(int year) {
}
