package io.gongxin.account;

/** The roles of DESIGN.md; an account has exactly one. */
public enum Role {

	/** 市信用中心管理员: runs the platform, publishes the catalog, manages accounts. */
	CENTER_ADMIN,
	/** 市信用中心工作人员: compares objections, manages lists. */
	CENTER_OPERATOR,
	/** 信息提供单位: submits records, answers forwarded objections. */
	PROVIDER,
	/** 行政机关查询人员: queries for a declared matter. */
	GOV_QUERIER,
	/** 信用服务机构: batch queries. */
	AGENCY,
	/** 信息主体: a person or organisation acting for itself. */
	SUBJECT,
	/** 审计/监管: reads logs and statistics. */
	AUDITOR;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
