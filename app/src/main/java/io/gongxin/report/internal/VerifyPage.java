package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's verification of a report by number, which also compares a typed or pasted digest. */
@PageController
class VerifyPage implements PublicEndpoints {

	/** A digest is 64 characters; a pasted one with spaces or line breaks stays well under this. */
	private static final int MAX_DIGEST_INPUT = 200;

	private final ReportsJdbc issued;

	private final Clock clock;

	VerifyPage(ReportsJdbc issued, Clock clock) {
		this.issued = issued;
		this.clock = clock;
	}

	@GetMapping("/portal/verify")
	String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String digest,
			Model model) {
		if (number != null && !number.isBlank()) {
			Optional<KeptReport> found = issued.lookup(number);
			if (digest != null && !digest.isBlank()) {
				// the page compares the digest itself, so nobody has to compare 64 characters by eye
				String typed = digest.length() > MAX_DIGEST_INPUT ? digest.substring(0, MAX_DIGEST_INPUT) : digest;
				model.addAttribute("digest", typed.strip());
				model.addAttribute("digestMatches", found.map(f -> f.digestMatches(typed)).orElse(false));
			}
			model.addAttribute("number", number.strip());
			model.addAttribute("found", found.orElse(null));
			model.addAttribute("valid", found.map(f -> f.validOn(LocalDate.now(clock))).orElse(false));
			model.addAttribute("checked", true);
		}
		return "portal/verify";
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/portal/verify"));
	}
}
