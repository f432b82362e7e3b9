package io.gongxin.audit.internal;

import java.time.OffsetDateTime;
import java.util.Objects;

import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.audit.WhoQueried.Group;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Matter;

import org.springframework.stereotype.Component;

/** One log entry as a group of one, its organisation and matter named in words (or a decision's message key). */
@Component
class QueryGroupLabels {

	private final Accounts accounts;

	private final Catalogs catalogs;

	QueryGroupLabels(Accounts accounts, Catalogs catalogs) {
		this.accounts = accounts;
		this.catalogs = catalogs;
	}

	Group group(QueryLogEntry e) {
		String organisation = e.organisation() == null ? null
				: accounts.organisation(e.organisation()).map(Organisation::name).orElse(null);
		boolean decision = "DECISION".equals(e.channel());
		String matter = decision || e.matter() == null ? null
				: catalogs.published().matter(e.matter()).map(Matter::name).orElse(looksLikeCode(e.matter()) ? null : e.matter());
		OffsetDateTime at = Objects.requireNonNull(e.at());
		return new Group(organisation, e.role(), decision && e.matter() != null ? "decision." + e.matter() : null, matter,
				e.purpose(), e.channel(), 1, at, at);
	}

	private static boolean looksLikeCode(String text) {
		return text.matches("[A-Z0-9_]+");
	}
}
