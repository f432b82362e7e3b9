package io.gongxin.measures;

import java.time.Instant;

import io.gongxin.subject.SubjectKey;

/**
 * An entry of a red or black list was proposed, confirmed or removed: published in that transaction through
 * the event publication registry.
 *
 * @param list the list's type code
 * @param status the entry's status after the change
 */
public record ListEntryChanged(long entryId, String list, SubjectKey subject, String status, Instant at) {
}
