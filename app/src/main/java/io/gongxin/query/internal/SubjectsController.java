package io.gongxin.query.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.gongxin.account.Caller;
import io.gongxin.query.CreditProfile;
import io.gongxin.platform.ClientThrottle;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.subject.SubjectType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subject profiles per audience (API.md, Query); the search of organisations is {@link OrganisationSearchController}. */
@RestController
@RequestMapping("/api/v1/subjects")
@Tag(name = "query", description = "信用信息查询 / queries")
class SubjectsController implements PublicEndpoints {

	private final ProfileLookup lookup;

	private final ClientThrottle throttle;

	SubjectsController(ProfileLookup lookup, ClientThrottle throttle) {
		this.lookup = lookup;
		this.throttle = throttle;
	}

	@GetMapping("/{id}/profile")
	@Operation(summary = "主体信用档案（按查询者权限）/ a subject's profile, as the caller may see it")
	CreditProfile profile(@PathVariable String id, @RequestParam(required = false) String matter,
			@RequestParam(required = false) String purpose,
			@RequestParam(required = false) SubjectType subjectType, Caller caller,
			HttpServletRequest request) {
		if (caller.isAnonymous()) {
			// issue 12: guessing ids is slow for anyone without an account, on every node alike
			throttle.count(ClientThrottle.Bucket.LOOKUP, request.getRemoteAddr(), "TOO_MANY_LOOKUPS");
		}
		return lookup.profile(id, subjectType, matter, purpose, caller);
	}

	/**
	 * The same profile with the identifier in the body: a person's id number then never appears in a URL, an
	 * access log or a proxy's history.
	 */
	@PostMapping("/profile-queries")
	@Operation(summary = "主体信用档案（标识放在请求体中，不进入网址）/ a profile, the identifier in the body")
	CreditProfile profileQuery(@Valid @RequestBody ProfileQuery query, Caller caller,
			HttpServletRequest request) {
		return profile(query.subjectId(), query.matter(), query.purpose(), query.subjectType(), caller, request);
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/subjects/*/profile"),
				Endpoint.any("/api/v1/subjects/profile-queries"));
	}
}
