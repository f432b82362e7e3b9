package io.gongxin.dispute.internal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.gongxin.subject.SubjectType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An objection as API.md shows it to its parties. The keys that only some objections have are left out, not
 * null: {@code forwardedOn}/{@code verifyBy} once forwarded, {@code outcome} once decided, {@code omission} for a
 * missing record, {@code withdrawn} when true, {@code consent} when filed at the counter; the queue adds its
 * {@code deadline}, {@code workingDaysLeft}, {@code overdue} and {@code suspended}.
 */
@Schema(description = "异议 / an objection")
record ObjectionView(long id, Long recordId, Objection.Status status, String reason, LocalDate receivedOn,
		LocalDate compareBy, LocalDate correctBy, @JsonInclude(Include.NON_NULL) LocalDate forwardedOn,
		@JsonInclude(Include.NON_NULL) LocalDate verifyBy, @JsonInclude(Include.NON_NULL) String outcome,
		@JsonInclude(Include.NON_NULL) MissingRecord omission, @JsonInclude(Include.NON_NULL) Boolean withdrawn,
		@JsonInclude(Include.NON_NULL) FiledWithConsent consent,
		@Schema(description = "期限跨越未公布放假安排的年份，暂定 / a deadline rests on a provisional calendar") boolean deadlinesProvisional,
		@Schema(description = "待办：当前步骤的期限 / in a queue: the current step's deadline") @JsonInclude(Include.NON_NULL) LocalDate deadline,
		@JsonInclude(Include.NON_NULL) Long workingDaysLeft, @JsonInclude(Include.NON_NULL) Boolean overdue,
		@Schema(description = "提供单位逾期未答复，记录中止提供查询 / the record is suspended (R-30b)") @JsonInclude(Include.NON_NULL) Boolean suspended) {

	/** 遗漏: the missing record's item, the provider it is routed to (null until the centre chooses), and whose. */
	@Schema(description = "遗漏的记录 / the missing record")
	record MissingRecord(String item, String provider, String description,
			@Schema(description = "R-29b：提供单位须知是谁的记录 / whose record") @JsonInclude(Include.NON_NULL) Whose subject) {
	}

	/** Whose the missing record is: the identifier as shown (a person's id number masked). */
	record Whose(SubjectType type, String id, String name) {
	}

	/** How the person agreed to the centre filing for it. */
	record FiledWithConsent(String method, String reference) {
	}

	/** The same objection as a queue lists it, with its current deadline. */
	ObjectionView queued(LocalDate due, long left, boolean late, boolean suspendedNow) {
		return new ObjectionView(id, recordId, status, reason, receivedOn, compareBy, correctBy, forwardedOn, verifyBy,
				outcome, omission, withdrawn, consent, deadlinesProvisional, due, left, late, suspendedNow);
	}
}
