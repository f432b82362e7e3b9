package io.gongxin.dispute;

import java.time.LocalDate;

/**
 * 标注: what a query shows of an objection on a record (R-30a), and whether the record is suspended
 * because its provider missed the deadline (R-30b).
 */
public record ObjectionMark(String status, LocalDate since, boolean suspended) {
}
