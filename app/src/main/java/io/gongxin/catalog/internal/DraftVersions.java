package io.gongxin.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.catalog.Catalogs;

import org.springframework.stereotype.Component;

/** Which version a catalog draft takes: a draft's own or a new one, never a published or retired one. */
@Component
class DraftVersions {

	private final Catalogs catalogs;

	private final Clock clock;

	DraftVersions(Catalogs catalogs, Clock clock) {
		this.catalogs = catalogs;
		this.clock = clock;
	}

	boolean isDraft(String version) {
		return status(version) == Catalogs.Status.DRAFT;
	}

	/** Whether a draft may be saved under this version: one not taken yet, or a draft's. */
	boolean mayTake(String version) {
		Catalogs.Status status = status(version);
		return status == null || status == Catalogs.Status.DRAFT;
	}

	/** Next year's first version not taken yet ({@code 2027.1}, {@code 2027.2} ...). */
	String next() {
		int year = LocalDate.now(clock).getYear() + 1;
		List<String> taken = catalogs.versions().stream().map(Catalogs.VersionInfo::version).toList();
		int n = 1;
		while (taken.contains(year + "." + n)) {
			n++;
		}
		return year + "." + n;
	}

	/** The version's status, or null when there is no such version. */
	private Catalogs.Status status(String version) {
		return catalogs.versions().stream().filter(v -> v.version().equals(version)).findFirst()
			.map(Catalogs.VersionInfo::status).orElse(null);
	}
}
