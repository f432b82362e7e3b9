package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.measures.ListType;
import io.gongxin.subject.SubjectType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The lists' changes: entered and removed by the centre, proposed by providers. */
@RestController
@RequestMapping("/api/v1/lists/{type}/entries")
@Tag(name = "measures", description = "联合奖惩 / joint rewards and punishments")
class ListEntriesController {

	private final ListEntering entering;

	ListEntriesController(ListEntering entering) {
		this.entering = entering;
	}

	/** R-24d: a person an organisation's entry names; the id number, if given, is kept masked only. */
	record NamedPerson(@NotBlank @Size(max = 50) String name, @Size(max = 32) String idNumber) {

		@Override
		public String toString() {
			return "NamedPerson[" + name + "]";
		}
	}

	record NewListEntry(@NotBlank @Size(max = 32) String subjectId, @NotBlank @Size(max = 2000) String reason,
			@NotBlank @Size(max = 2000) String basis, @NotNull LocalDate decidedOn, @NotNull LocalDate validUntil,
			SubjectType subjectType, @Valid NamedPerson legalRepresentative, @Valid NamedPerson principal,
			@Valid @Size(max = 10) List<@NotNull @Valid NamedPerson> responsiblePersons) {

		NewListEntry(String subjectId, String reason, String basis, LocalDate decidedOn, LocalDate validUntil) {
			this(subjectId, reason, basis, decidedOn, validUntil, null, null, null, null);
		}

		@Override
		public String toString() {
			return "NewListEntry[" + reason + "]";
		}
	}

	record ListRemoval(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'PROVIDER')")
	@Operation(summary = "列入名单（中心），或由提供单位提请 / list a subject (centre) or propose it (provider)")
	ListViews.ListEntryStatus add(@PathVariable ListType type, @Valid @RequestBody NewListEntry entry, Caller caller) {
		return entering.add(type, entry, caller);
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "确认提供单位的提请 / confirm a provider's proposal")
	ListViews.ListEntryStatus confirm(@PathVariable ListType type, @PathVariable long id) {
		return entering.confirm(type, id);
	}

	@PostMapping("/{id}/removal")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "移出名单 / remove from the list")
	ListViews.ListEntryStatus remove(@PathVariable ListType type, @PathVariable long id, @Valid @RequestBody ListRemoval removal,
			Caller caller) {
		return entering.remove(type, id, removal.reason(), caller);
	}
}
