package io.gongxin.query.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.ProblemException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.PublicEndpoints.Endpoint;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
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

	private final Profiles profiles;

	SubjectsController(Identifiers identifiers, Subjects subjects, Profiles profiles) {
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.profiles = profiles;
	}

	@GetMapping("/{id}/profile")
	@Operation(summary = "主体信用档案（按查询者权限）/ a subject's profile, as the caller may see it")
	Map<String, Object> profile(@PathVariable String id, @RequestParam(required = false) String matter,
			@RequestParam(required = false) String purpose,
			@RequestParam(required = false) io.gongxin.subject.SubjectType subjectType, Caller caller) {
		// a code valid both as a USCC and as a resident id finds the subject known under either reading;
		// subjectType chooses when both are known
		Subject subject = (subjectType == null ? subjects.find(identifiers.checkField(id, "id"))
				: subjects.find(identifiers.parseField(id, "id", subjectType)))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_SUBJECT"));
		return profiles.profile(subject, caller, matter, purpose, "API");
	}

	record ProfileQuery(@jakarta.validation.constraints.NotBlank String subjectId, String matter, String purpose,
			io.gongxin.subject.SubjectType subjectType) {

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
	Map<String, Object> profileQuery(@jakarta.validation.Valid @RequestBody ProfileQuery query, Caller caller) {
		return profile(query.subjectId(), query.matter(), query.purpose(), query.subjectType(), caller);
	}

	@GetMapping
	@Operation(summary = "按名称检索法人和其他组织（公开信息）/ search organisations by name")
	Map<String, Object> search(@RequestParam String name, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		String text = name.strip();
		if (text.length() < 2 || text.length() > 100) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
					Map.of("errors", List.of(Map.of("field", "name", "code", "INVALID_PARAMETER"))), "name");
		}
		int limit = Math.max(1, Math.min(size, 100));
		List<Map<String, Object>> items = subjects.searchOrganisations(text, limit, Math.max(0, page) * limit)
			.stream()
			.map(s -> Map.<String, Object>of("type", s.type(), "id", s.displayIdentifier(), "name", s.name()))
			.toList();
		return Map.of("items", items, "page", Math.max(0, page), "size", limit);
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/subjects"), Endpoint.get("/api/v1/subjects/*/profile"),
				Endpoint.any("/api/v1/subjects/profile-queries"));
	}
}
