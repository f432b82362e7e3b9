package io.gongxin.catalog.internal;

import java.io.IOException;
import java.io.InputStream;

import io.gongxin.catalog.CatalogDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds a new installation with the catalog shipped as {@code catalog/default-catalog.yml}, and publishes a newer
 * shipped version over an earlier one the centre never replaced. Runs when the application context starts,
 * before any record can arrive.
 */
@Component
class DefaultCatalog implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DefaultCatalog.class);

	private final ShippedCatalogs catalogs;

	private final ObjectMapper json;

	DefaultCatalog(ShippedCatalogs catalogs, ObjectMapper json) {
		this.catalogs = catalogs;
		this.json = json;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		CatalogDocument document = load();
		ShippedCatalogs.Installed installed = catalogs.installOrUpgrade(document);
		if (installed != ShippedCatalogs.Installed.NOTHING) {
			log.info("Published the default catalog {} ({} items, {} matters{})", document.version(),
					document.items().size(), document.matters().size(),
					installed == ShippedCatalogs.Installed.UPGRADED ? ", replacing an earlier default" : "");
		}
	}

	CatalogDocument load() throws IOException {
		try (InputStream in = new ClassPathResource("catalog/default-catalog.yml").getInputStream()) {
			// the YAML as a tree of plain values, read into the document by the same rules as the API's JSON
			Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return json.convertValue(tree, CatalogDocument.class);
		}
	}
}
