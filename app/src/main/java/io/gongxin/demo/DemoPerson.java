package io.gongxin.demo;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Role;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticPerson;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo person of the demo city ({@link DemoCity}): their records, an objection and a deletion request. */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoPerson {

	private final Accounts accounts;

	private final Subjects subjects;

	private final DemoPersonRecords records;

	DemoPerson(Accounts accounts, Subjects subjects, DemoPersonRecords records) {
		this.accounts = accounts;
		this.subjects = subjects;
		this.records = records;
	}

	/**
	 * The demo person (account {@code person} / {@code person-demo}, README): a public penalty, a non-public
	 * exam-cheating record that may be repaired (under an objection with a provisional 2027 deadline), and
	 * volunteering that may be deleted on request.
	 */
	void load(SyntheticPerson person) {
		Subject subject = subjects.register(person.id(), person.name());
		records.of(subject);
		if (!accounts.exists("person")) {
			accounts.open(new NewAccount("person", "person-demo", Role.SUBJECT, null, person.id()), "demo");
		}
	}
}
