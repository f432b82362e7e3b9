package io.gongxin.account.internal;

import java.util.List;

import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisations accounts belong to: registered by the centre administrator, listed to any signed-in caller. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账户与机构 / accounts and organisations")
class OrganisationController {

	private final Accounts accounts;

	OrganisationController(Accounts accounts) {
		this.accounts = accounts;
	}

	record OrganisationRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
			@NotBlank @Size(max = 200) String name) {
	}

	@PostMapping("/organisations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "登记机构（中心管理员）/ register an organisation (centre admin)")
	Organisation registerOrganisation(@Valid @RequestBody OrganisationRequest request) {
		return accounts.registerOrganisation(new Organisation(request.code(), request.name().strip()));
	}

	@GetMapping("/organisations")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "机构列表 / organisations")
	List<Organisation> organisations() {
		return accounts.organisations();
	}
}
