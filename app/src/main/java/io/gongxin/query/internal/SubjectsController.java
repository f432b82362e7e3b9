package io.gongxin.query.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.gongxin.account.Caller;
import io.gongxin.query.CreditProfiles;
import io.gongxin.query.CreditProfile;
import io.gongxin.platform.ClientThrottle;
import io.gongxin.platform.Paging;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.PublicEndpoints.Endpoint;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subject profiles per audience and the public search of organisations (API.md, Query). */
@RestController
@RequestMapping("/api/v1/subjects")
@Tag(name = "query", description = "信用信息查询 / queries")
class SubjectsController implements PublicEndpoints {

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final CreditProfiles profiles;

	private final ClientThrottle throttle;

	private final io.gongxin.query.DeclaredMatters matters;

	SubjectsController(Identifiers identifiers, Subjects subjects, CreditProfiles profiles, ClientThrottle throttle,
			io.gongxin.query.DeclaredMatters matters) {
		this.matters = matters;
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.profiles = profiles;
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
		// a code valid both as a USCC and as a resident id finds the subject known under either reading;
		// subjectType chooses when both are known
		IdentifierCheck check = identifiers.checkField(id, "id");
		Optional<Subject> subject = subjectType == null ? subjects.find(check)
				: subjects.find(identifiers.parseField(id, "id", subjectType));
		if (subject.isPresent()) {
			return profiles.profile(subject.get(), caller, matter, purpose, "API");
		}
		Optional<ResidentIdNumber> person = UnknownPersons.asPerson(check, subjectType);
		if (caller.isAnonymous() && person.isPresent()) {
			return profiles.unknownPerson(person.get(), matter, purpose);
		}
		if (caller.has(io.gongxin.account.Role.GOV_QUERIER)) {
			// a matter beyond the body's grants is refused (and logged) before it learns whether the subject exists
			matters.check(caller, null, matter, purpose, true);
		}
		throw new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT");
	}

	record ProfileQuery(@NotBlank @Size(max = 32) String subjectId, @Size(max = 64) String matter,
			@Size(max = 200) String purpose,
			SubjectType subjectType) {

		@Override
		public String toString() {
			return "ProfileQuery[" + matter + "]";
		}
	}

	/**
	 * The same profile with the identifier in the body: a person's id number then never appears in a URL, an
	 * access log or a proxy's history.
	 */
	@PostMapping("/profile-queries")
	@Operation(summary = "主体信用档案（标识放在请求体中，不进入网址）/ a profile, the identifier in the body")
	CreditProfile profileQuery(@jakarta.validation.Valid @RequestBody ProfileQuery query, Caller caller,
			HttpServletRequest request) {
		return profile(query.subjectId(), query.matter(), query.purpose(), query.subjectType(), caller, request);
	}

	@io.gongxin.platform.ReplicaReads
	@GetMapping
	@Operation(summary = "按名称检索法人和其他组织（公开信息）/ search organisations by name")
	SubjectsPage search(@RequestParam String name, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		String text = name.strip();
		if (text.length() < 2 || text.length() > 100) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_PARAMETER",
					Map.of("errors", List.of(Map.of("field", "name", "code", "INVALID_PARAMETER"))), "name");
		}
		Paging paging = Paging.of(page, size, "size", 20, 100);
		List<FoundSubject> items = subjects.searchOrganisations(text, paging.limit(), paging.offset())
			.stream()
			.map(s -> new FoundSubject(s.type(), s.displayIdentifier(), s.name()))
			.toList();
		return new SubjectsPage(items, paging.page(), paging.limit());
	}

	/** A page of organisations whose name matches (public information). */
	record SubjectsPage(List<FoundSubject> items, int page, int size) {
	}

	record FoundSubject(SubjectType type, String id, String name) {
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/subjects"), Endpoint.get("/api/v1/subjects/*/profile"),
				Endpoint.any("/api/v1/subjects/profile-queries"));
	}
}
