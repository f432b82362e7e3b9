package io.gongxin.batch.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The XLSX template of an item of the published catalog ({@link TemplateWorkbook}). */
@RestController
@Tag(name = "collection")
class TemplateController {

	static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

	private final Catalogs catalogs;

	TemplateController(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping(path = "/api/v1/catalog/items/{code}/template", produces = XLSX_VALUE)
	@Operation(summary = "信息项的 XLSX 报送模板 / the XLSX template of an item")
	ResponseEntity<byte[]> template(@PathVariable String code) throws IOException {
		CatalogItem item = catalogs.published()
			.item(code)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ITEM", Map.of("item", code), code));
		String fileName = URLEncoder.encode(item.name() + "-" + item.code() + "-模板.xlsx", StandardCharsets.UTF_8)
			.replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + fileName)
			.body(TemplateWorkbook.of(item));
	}
}
