package io.gongxin.batch.internal;

import java.util.Locale;

import io.gongxin.account.Caller;
import io.gongxin.collection.ProviderRecords;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The records section of the provider's workspace: a record of its own revoked, with the reason. */
@PageController
@PreAuthorize("hasRole('PROVIDER')")
class ProviderRecordPages {

	private final ProviderRecords records;

	private final RequestChecks checks;

	ProviderRecordPages(ProviderRecords records, RequestChecks checks) {
		this.records = records;
		this.checks = checks;
	}

	@PostMapping("/provider/records/{id}/revocation")
	String revoke(@PathVariable long id, @RequestParam String reason, Caller caller, RedirectAttributes redirect,
			Locale locale) {
		records.revoke(id, checks.valid(new ProviderRecords.RevocationRequest(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "provider.record.revoked");
		return "redirect:/provider#records";
	}
}
