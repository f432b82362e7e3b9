package io.gongxin.dispute.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** What happened to an objection, when: received (at the counter or not), forwarded, then its steps by day. */
@Component
class ObjectionTimeline {

	private final ObjectionSteps steps;

	ObjectionTimeline(ObjectionSteps steps) {
		this.steps = steps;
	}

	List<ObjectionCase.Event> of(Objection objection) {
		List<ObjectionCase.Event> events = new ArrayList<>();
		events.add(new ObjectionCase.Event(objection.consent() != null ? "RECEIVED_AT_COUNTER" : "RECEIVED",
				objection.receivedOn(), null));
		if (objection.forwardedOn() != null) {
			events.add(new ObjectionCase.Event("FORWARDED", objection.forwardedOn(), objection.provider()));
		}
		steps.of(objection).forEach(step -> events.add(new ObjectionCase.Event(step.step(), step.on(), step.note())));
		// receipt first whatever the days say (a demo objection entered as of a later day), the rest by day
		events.subList(1, events.size()).sort(Comparator.comparing(ObjectionCase.Event::on));
		return events;
	}
}
