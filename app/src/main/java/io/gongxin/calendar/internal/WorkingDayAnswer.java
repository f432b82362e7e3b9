package io.gongxin.calendar.internal;

import java.time.LocalDate;

/** API.md: {@code {"from","add","date","provisional"}}; provisional when a day counted has no loaded notice. */
record WorkingDayAnswer(LocalDate from, int add, LocalDate date, boolean provisional) {
}
