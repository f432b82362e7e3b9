package io.gongxin.web.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;

/** A workspace in the navigation: where an account's work is, by its role. */
public record Workspace(String path, String label) {

	static List<Workspace> of(Caller caller) {
		if (caller == null || caller.role() == null) {
			return List.of();
		}
		return switch (caller.role()) {
			case SUBJECT -> List.of(new Workspace("/me", "nav.me"));
			case PROVIDER -> List.of(new Workspace("/provider", "nav.provider"));
			case GOV_QUERIER -> List.of(new Workspace("/querier", "nav.querier"));
			case AGENCY -> List.of(new Workspace("/agency", "nav.agency"));
			case CENTER_ADMIN, CENTER_OPERATOR -> List.of(new Workspace("/console", "nav.console"),
					new Workspace("/console/objections", "nav.objections"));
			case AUDITOR -> List.of(new Workspace("/console", "nav.console"));
		};
	}

	static boolean centre(Caller caller) {
		return caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR);
	}
}
