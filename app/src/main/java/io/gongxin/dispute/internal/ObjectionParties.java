package io.gongxin.dispute.internal;

import java.util.Map;
import java.util.Objects;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/** Who may read an objection: its parties only (the centre, the provider it concerns, its subject). */
@Component
class ObjectionParties {

	private final ObjectionsJdbc objections;

	ObjectionParties(ObjectionsJdbc objections) {
		this.objections = objections;
	}

	/** The objection, to one of its parties only: to anyone else it does not exist. */
	Objection readable(long id, Caller caller) {
		return objections.find(id)
			.filter(o -> mayRead(o, caller))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id),
					String.valueOf(id)));
	}

	static boolean mayRead(Objection objection, Caller caller) {
		return caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)
				|| (caller.has(Role.PROVIDER) && Objects.equals(objection.provider(), caller.organisation()))
				|| (caller.has(Role.SUBJECT) && caller.actingSubject().filter(objection.subject()::equals).isPresent());
	}
}
