package io.gongxin.collection.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The centre registers which items each provider may submit. */
@RestController
@RequestMapping("/api/v1/providers")
@Tag(name = "collection")
class ProvidersController {

	private final ProviderPermissions permissions;

	private final Accounts accounts;

	private final Catalogs catalogs;

	ProvidersController(ProviderPermissions permissions, Accounts accounts, Catalogs catalogs) {
		this.permissions = permissions;
		this.accounts = accounts;
		this.catalogs = catalogs;
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

	/** The items an organisation may submit. */
	record ProviderItems(String organisation, Set<String> items) {
	}

	record Grant(@NotNull @Size(max = 200) Set<@NotBlank @Size(max = 64) String> items) {
	}

	@PutMapping("/{organisation}/items")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "登记提供单位可报送的信息项（中心管理员）/ register a provider's items")
	ProviderItems grant(@PathVariable String organisation, @Valid @RequestBody Grant grant) {
		if (accounts.organisation(organisation).isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ORGANISATION",
					Map.of("organisation", organisation), organisation);
		}
		List<String> unknown = grant.items().stream().filter(i -> catalogs.published().item(i).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ITEM", Map.of("items", unknown),
					String.join(",", unknown));
		}
		permissions.grant(organisation, grant.items());
		return new ProviderItems(organisation, permissions.items(organisation));
	}
}
