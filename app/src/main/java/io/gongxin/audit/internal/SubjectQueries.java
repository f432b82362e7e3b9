package io.gongxin.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.catalog.Matter;
import io.gongxin.catalog.Catalogs;

import org.springframework.stereotype.Component;

/**
 * "谁查询了我" as a person can read it (R-19, R-20a): reads by others (government bodies, agencies, the public
 * with an authorization) first and apart from the platform's own processing (a provider checking what it
 * submitted, the centre handling an objection or a request, the person themself), which stays listed below.
 * Repeats (same organisation, role, matter and purpose, channel, same day) are one row with a count and the
 * latest time; organisations and matters are named in words.
 */
@Component
class SubjectQueries {

	/** Roles whose reads are the platform's own processing of the subject's data. */
	private static final Set<String> PLATFORM_ROLES = Set.of("SUBJECT", "CENTER_ADMIN", "CENTER_OPERATOR", "SYSTEM");

	/** Channels that are processing, not a query: a provider reading back its records, a decision taken. */
	private static final Set<String> PLATFORM_CHANNELS = Set.of("RECORD_READ", "DECISION");

	private final Accounts accounts;

	private final Catalogs catalogs;

	private final Clock clock;

	SubjectQueries(Accounts accounts, Catalogs catalogs, Clock clock) {
		this.accounts = accounts;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	/**
	 * One merged line. {@code organisation} is the organisation's name ({@code null}: name the role);
	 * {@code decisionKey} is the message key of a decision, else {@code matter} is the matter's name (or null).
	 */
	record Row(String organisation, String role, String decisionKey, String matter, String purpose, String channel,
			int count, OffsetDateTime latest) {
	}

	/** Reads by others, then the platform's own processing, each newest first. */
	record View(List<Row> others, List<Row> own, int ownReads) {
	}

	View of(List<QueryLogEntry> newestFirst, String username) {
		Map<List<Object>, Row> others = new LinkedHashMap<>();
		Map<List<Object>, Row> own = new LinkedHashMap<>();
		int ownReads = 0;
		for (QueryLogEntry e : newestFirst) {
			boolean platform = username.equals(e.username()) || PLATFORM_ROLES.contains(e.role())
					|| PLATFORM_CHANNELS.contains(e.channel());
			if (platform) {
				ownReads++;
			}
			LocalDate day = e.at().atZoneSameInstant(clock.getZone()).toLocalDate();
			List<Object> key = java.util.Arrays.asList(e.organisation(), e.role(), e.matter(), e.purpose(), e.channel(),
					day);
			(platform ? own : others).merge(key, row(e), (first, next) -> new Row(first.organisation(), first.role(),
					first.decisionKey(), first.matter(), first.purpose(), first.channel(), first.count() + 1,
					first.latest().isAfter(next.latest()) ? first.latest() : next.latest()));
		}
		return new View(new ArrayList<>(others.values()), new ArrayList<>(own.values()), ownReads);
	}

	private Row row(QueryLogEntry e) {
		String organisation = e.organisation() == null ? null
				: accounts.organisation(e.organisation()).map(Organisation::name).orElse(null);
		boolean decision = "DECISION".equals(e.channel());
		String matter = decision || e.matter() == null ? null
				: catalogs.published().matter(e.matter()).map(Matter::name).orElse(looksLikeCode(e.matter()) ? null : e.matter());
		return new Row(organisation, e.role(), decision && e.matter() != null ? "decision." + e.matter() : null, matter,
				e.purpose(), e.channel(), 1, Objects.requireNonNull(e.at()));
	}

	private static boolean looksLikeCode(String text) {
		return text.matches("[A-Z0-9_]+");
	}
}
