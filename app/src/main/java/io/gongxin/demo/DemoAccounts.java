package io.gongxin.demo;

import java.util.List;

import io.gongxin.account.Role;

/** The demo organisations and accounts, exactly as {@code shared/API.md} lists them. */
final class DemoAccounts {

	record DemoAccount(String username, String password, Role role, String organisation, String organisationName) {
	}

	static final List<DemoAccount> ALL = List.of(
			new DemoAccount("center", "center-demo", Role.CENTER_ADMIN, "CENTER", "市公共信用信息服务中心"),
			new DemoAccount("tax", "tax-demo", Role.PROVIDER, "TAX", "市税务局"),
			new DemoAccount("market", "market-demo", Role.PROVIDER, "MARKET", "市市场监督管理局"),
			new DemoAccount("procurement", "procurement-demo", Role.GOV_QUERIER, "PROCUREMENT", "市政府采购中心"),
			new DemoAccount("agency", "agency-demo", Role.AGENCY, "AGENCY1", "示范信用服务有限公司"),
			new DemoAccount("auditor", "auditor-demo", Role.AUDITOR, "ECONOMY", "市经济信息化委"),
			// the second querying body: licensing and supervision are granted to it in the catalog
			new DemoAccount("licensing", "licensing-demo", Role.GOV_QUERIER, "APPROVAL", "市行政审批局"));

	private DemoAccounts() {
	}
}
