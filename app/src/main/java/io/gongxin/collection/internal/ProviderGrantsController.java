package io.gongxin.collection.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.account.Accounts;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The centre registers which items each provider may submit. */
@RestController
@RequestMapping("/api/v1/providers")
@Tag(name = "collection")
class ProviderGrantsController {

	private final ProviderPermissions permissions;

	private final Accounts accounts;

	private final Catalogs catalogs;

	ProviderGrantsController(ProviderPermissions permissions, Accounts accounts, Catalogs catalogs) {
		this.permissions = permissions;
		this.accounts = accounts;
		this.catalogs = catalogs;
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
