package io.gongxin.report.internal;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;

/** Whose view a report shows, printed on it: the subject's own, a government body's, the centre's, or others'. */
enum Edition {

	OWN, GOVERNMENT, CENTRE, AUTHORIZED, PUBLIC;

	static Edition of(Caller caller, boolean own, boolean showsNonPublic) {
		if (own) {
			return OWN;
		}
		if (caller.has(Role.GOV_QUERIER)) {
			return GOVERNMENT;
		}
		if (caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)) {
			return CENTRE;
		}
		return showsNonPublic ? AUTHORIZED : PUBLIC;
	}
}
