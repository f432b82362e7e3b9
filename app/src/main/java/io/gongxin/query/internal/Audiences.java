package io.gongxin.query.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Matter;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/**
 * Decides the {@link View} of a caller on a subject:
 * <ul>
 * <li>the subject itself (its {@code SUBJECT} account) sees all its records (R-20a);</li>
 * <li>a {@code GOV_QUERIER} must declare a matter granted to its organisation and a purpose, and sees that
 * matter's items ;</li>
 * <li>anyone else sees public items, plus the non-public items a valid authorization of the subject to
 * the caller's organisation covers (R-16b, R-20a).</li>
 * </ul>
 */
@Component
class Audiences {

	private final AuthorizationsJdbc authorizations;

	private final DeclaredMatters matters;

	Audiences(AuthorizationsJdbc authorizations, DeclaredMatters matters) {
		this.authorizations = authorizations;
		this.matters = matters;
	}

	View of(Caller caller, Subject subject, String matter, String purpose, CatalogDocument catalog, LocalDate today) {
		return of(caller, subject, matter, purpose, catalog,
				() -> authorizations.valid(subject.key(), caller.organisation(), today));
	}

	/**
	 * The organisation whose grants a caller's view may use ({@link #of}), to read them with the profile
	 * ({@link ProfileRows}); null when none may.
	 */
	static String grantee(Caller caller) {
		return caller.has(Role.GOV_QUERIER) ? null : caller.organisation();
	}

	/** The view, with the subject's valid grants to the caller's organisation as {@code grants} gives them. */
	View of(Caller caller, Subject subject, String matter, String purpose, CatalogDocument catalog,
			Supplier<List<Authorization>> grants) {
		// whoever names a matter names one of the catalog, and a bounded purpose: both go on the log
		boolean centre = caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR);
		if (caller.has(Role.SUBJECT) && caller.actingSubject().filter(subject.key()::equals).isPresent()) {
			return new View(true, true, Set.of(), null, matters.known(matter), matters.purpose(purpose), true);
		}
		if (caller.has(Role.GOV_QUERIER)) {
			Matter declared = matters.check(caller, subject.key(), matter, purpose, true);
			return new View(false, false, Set.copyOf(declared.items()), null, declared.code(), purpose.strip(), false);
		}
		OpenedItems opened = caller.organisation() == null ? OpenedItems.NONE
				: OpenedItems.by(grants.get(), catalog);
		return new View(false, true, opened.items(), opened.used(), matters.known(matter), matters.purpose(purpose), centre);
	}
}
