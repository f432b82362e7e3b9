package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.measures.ListMemberships;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

@Component
class ListMembershipsJdbc implements ListMemberships {

	private final ListStanding standing;

	ListMembershipsJdbc(ListStanding standing) {
		this.standing = standing;
	}

	@Override
	public List<Membership> inForce(SubjectKey subject, LocalDate day) {
		return standing.inForceOf(subject, day).stream()
			.map(e -> new Membership(e.type(), e.reason(), e.basis(), e.decidedOn(), e.validUntil()))
			.toList();
	}
}
