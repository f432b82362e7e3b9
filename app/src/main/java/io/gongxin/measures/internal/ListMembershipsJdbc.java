package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.measures.ListMemberships;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

@Component
class ListMembershipsJdbc implements ListMemberships {

	private final ListEntriesJdbc entries;

	ListMembershipsJdbc(ListEntriesJdbc entries) {
		this.entries = entries;
	}

	@Override
	public List<Membership> inForce(SubjectKey subject, LocalDate day) {
		return entries.of(subject).stream().filter(e -> e.inForceOn(day))
			.map(e -> new Membership(e.type(), e.reason(), e.basis(), e.decidedOn(), e.validUntil()))
			.toList();
	}
}
