package io.gongxin.batch.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Whether an upload may be queued: an item of the published catalog that the provider is permitted to submit, and
 * a file neither empty nor over {@code gongxin.batches.max-file-size}.
 */
@Component
class UploadChecks {

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final long maxBytes;

	UploadChecks(Catalogs catalogs, ProviderPermissions permissions,
			@Value("${gongxin.batches.max-file-size:512MB}") DataSize maxFileSize) {
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.maxBytes = maxFileSize.toBytes();
	}

	void check(String item, MultipartFile file, Caller caller) {
		if (catalogs.published().item(item).isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ITEM", Map.of("item", item), item);
		}
		if (!permissions.permits(caller.organisation(), item)) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "ITEM_NOT_PERMITTED", Map.of("item", item), item);
		}
		if (file.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "EMPTY_FILE");
		}
		if (file.getSize() > maxBytes) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "FILE_TOO_LARGE", Map.of("maxBytes", maxBytes),
					maxBytes);
		}
	}
}
