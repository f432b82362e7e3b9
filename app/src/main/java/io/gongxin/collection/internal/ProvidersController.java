package io.gongxin.collection.internal;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which items a provider may submit, for the centre and for the provider itself; registered by {@link ProviderGrantsController}. */
@RestController
@RequestMapping("/api/v1/providers")
@Tag(name = "collection")
class ProvidersController {

	private final ProviderPermissions permissions;

	ProvidersController(ProviderPermissions permissions) {
		this.permissions = permissions;
	}

	@GetMapping("/{organisation}/items")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'PROVIDER')")
	@Operation(summary = "提供单位可报送的信息项 / the items a provider may submit")
	ProviderItems items(@PathVariable String organisation, Caller caller) {
		if (caller.has(Role.PROVIDER) && !caller.organisation().equals(organisation)) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "FORBIDDEN");
		}
		return new ProviderItems(organisation, permissions.items(organisation));
	}
}
