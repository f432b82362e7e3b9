package io.gongxin.query.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.Paging;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.ReplicaReads;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public search of organisations by name (API.md, Query): public information only. */
@RestController
@RequestMapping("/api/v1/subjects")
@Tag(name = "query", description = "信用信息查询 / queries")
class OrganisationSearchController implements PublicEndpoints {

	private final Subjects subjects;

	OrganisationSearchController(Subjects subjects) {
		this.subjects = subjects;
	}

	@ReplicaReads
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

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/subjects"));
	}
}
