package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.measures.ListMemberships;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/** A subject's entries that stand on the day, for the other modules (profiles, reports). */
@Component
class ListMembershipsJdbc implements ListMemberships {

	private final ListStanding standing;

	ListMembershipsJdbc(ListStanding standing) {
		this.standing = standing;
	}

	@Override
	public List<Membership> inForce(SubjectKey subject, LocalDate day) {
		return standing.standingOf(subject, day).stream()
			.filter(e -> e.inForceOn(day))
			.map(e -> new Membership(e.type(), e.reason(), e.basis(), e.decidedOn(), e.validUntil()))
			.toList();
	}
}
