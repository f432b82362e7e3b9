package io.gongxin.dispute.internal;

/** Who reads an objection's page: where each party's pages live; the page links its evidence and forms under it. */
enum CaseAudience {
	CENTRE("/console"), PROVIDER("/provider"), SUBJECT("/me");

	final String base;

	CaseAudience(String base) {
		this.base = base;
	}
}
