package io.gongxin.subject;

import java.time.LocalDate;

/** A person's term as an organisation's legal representative; {@code until} null while it lasts. */
public record Representation(SubjectKey organisation, LocalDate since, LocalDate until) {
}
