package io.gongxin.catalog.internal;

import java.util.List;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogError;
import io.gongxin.catalog.CatalogValidation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A draft validated without saving it, for the centre administrator (R-15, {@link CatalogValidation}). */
@RestController
@Tag(name = "catalog", description = "公共信用信息目录（三清单）/ the catalog")
class CatalogValidationController {

	@PostMapping("/api/v1/catalog/validation")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "校验目录草稿而不保存 / validate a draft without saving it")
	ValidationAnswer validate(@RequestBody CatalogDocument document) {
		List<CatalogError> errors = CatalogValidation.validate(document);
		return new ValidationAnswer(errors.isEmpty(), errors);
	}
}
