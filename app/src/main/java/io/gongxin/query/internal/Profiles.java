package io.gongxin.query.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.query.CreditProfile;
import io.gongxin.query.CreditProfiles;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/**
 * A subject's profile as one caller may see it: the caller's {@link View} ({@link Audiences}), the records it shows
 * ({@link VisibleRecords}), the read on the query log ({@link ProfileReads}) before anything is returned: in the same
 * transaction, or committed by the log's group writer; if the entry cannot be written, the caller gets no data.
 */
@Component
class Profiles implements CreditProfiles {

	private final Catalogs catalogs;

	private final Audiences audiences;

	private final VisibleRecords visible;

	private final ProfileReads reads;

	private final Parties parties;

	private final DeclaredMatters matters;

	private final Clock clock;

	Profiles(Catalogs catalogs, Audiences audiences, VisibleRecords visible, ProfileReads reads, Parties parties,
			DeclaredMatters matters, Clock clock) {
		this.catalogs = catalogs;
		this.audiences = audiences;
		this.visible = visible;
		this.reads = reads;
		this.parties = parties;
		this.matters = matters;
		this.clock = clock;
	}

	@Override
	public CreditProfile profile(Subject subject, Caller caller, String matter, String purpose, String channel) {
		return reads.logged(caller, subject.key(), channel, () -> {
			CatalogDocument catalog = catalogs.published();
			LocalDate today = LocalDate.now(clock);
			View view = audiences.of(caller, subject, matter, purpose, catalog, today);
			return read(subject, caller, view, visible.of(subject.key(), view, catalog, today));
		});
	}

	/**
	 * The profile of a subject read with its records and their objections in one statement ({@link ProfileRows}): the
	 * same view, the same records shown, the same entry on the log.
	 */
	public CreditProfile profile(SubjectOnFile onFile, Caller caller, String matter, String purpose, String channel) {
		return reads.logged(caller, onFile.subject().key(), channel, () -> {
			CatalogDocument catalog = catalogs.published();
			LocalDate today = LocalDate.now(clock);
			View view = onFile.grants() == null ? audiences.of(caller, onFile.subject(), matter, purpose, catalog, today)
					: audiences.of(caller, onFile.subject(), matter, purpose, catalog, onFile::grants);
			return read(onFile.subject(), caller, view,
					VisibleRecords.of(onFile.records(), onFile.objections(), view, catalog, today));
		});
	}

	private ProfileReads.Read read(Subject subject, Caller caller, View view, List<CreditProfile.Shown> shown) {
		return new ProfileReads.Read(view, shown, parties.of(subject, view, caller.isAnonymous(), shown.isEmpty()));
	}

	@Override
	public CreditProfile unknownPerson(ResidentIdNumber id, String matter, String purpose) {
		// the same checks as for a known person, so that no error tells the two apart either
		matters.known(matter);
		matters.purpose(purpose);
		return new CreditProfile(UUID.randomUUID(), Parties.unknownPerson(id), List.of());
	}
}
