package io.gongxin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.Ratchet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI description is the typed contract integrators generate clients from (issue 15): every JSON
 * body, asked or answered, is a named schema; answers say their real media type; errors are problem+json;
 * the signed-in caller is never a parameter; the description has a real title, version and description. The
 * operations still untyped when the rule came are listed in {@code fitness/untyped-operations.txt}: the list only
 * shrinks ({@link Ratchet}).
 */
@GongxinTest
class ApiDescriptionTest {

	/** Media types an answer may have besides JSON: files and documents, each said by its handler. */
	private static final Set<String> FILES = Set.of("text/csv", "application/pdf", "application/octet-stream",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip", "text/plain",
			"image/png",
			// a credit report as a document to read or print (API.md, Reports: Accept text/html or application/pdf)
			"text/html");

	@Autowired
	MockMvc mvc;

	private String docs;

	@BeforeEach
	void read() throws Exception {
		docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theDescriptionHasARealTitleVersionAndABilingualDescription() {
		Map<String, Object> info = JsonPath.read(docs, "$.info");
		assertThat((String) info.get("title")).contains("公信").contains("Gongxin").isNotEqualTo("OpenAPI definition");
		assertThat((String) info.get("version")).isNotEqualTo("v0").isNotBlank();
		assertThat((String) info.get("description")).contains("信用").contains("credit");
	}

	@Test
	void noOperationTakesTheSignedInCallerAsAParameter() {
		List<String> callers = JsonPath.read(docs, "$.paths.*.*.parameters[?(@.name == 'caller')].name");
		assertThat(callers).isEmpty();
	}

	@Test
	void everyJsonBodyIsANamedSchemaAndEveryAnswerSaysItsMediaType() {
		List<String> faults = new ArrayList<>();
		Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
		paths.forEach((path, operations) -> operations.forEach((method, value) -> {
			if (!(value instanceof Map<?, ?> operation)) {
				return;
			}
			String where = method.toUpperCase() + " " + path;
			if (operation.get("requestBody") instanceof Map<?, ?> body) {
				content(where + " request", body.get("content"), faults);
			}
			if (operation.get("responses") instanceof Map<?, ?> responses) {
				responses.forEach((status, response) -> {
					Object content = ((Map<?, ?>) response).get("content");
					if (String.valueOf(status).matches("[45].*|default")) {
						if (content == null || !((Map<?, ?>) content).containsKey("application/problem+json")) {
							faults.add(where + " " + status + ": error not problem+json");
						}
					}
					else if (content != null) {
						content(where + " " + status, content, faults);
					}
				});
			}
		}));
		Ratchet.of("untyped-operations").check(faults);
	}

	private static void content(String where, Object content, List<String> faults) {
		((Map<?, ?>) content).forEach((type, media) -> {
			String mediaType = String.valueOf(type);
			if ("*/*".equals(mediaType)) {
				faults.add(where + ": media type */*");
			}
			if (!mediaType.contains("json")) {
				if (!FILES.contains(mediaType) && !mediaType.startsWith("multipart/")
						&& !mediaType.startsWith("application/x-www-form-urlencoded")) {
					faults.add(where + ": unexpected media type " + mediaType);
				}
				return;
			}
			Object schema = ((Map<?, ?>) media).get("schema");
			if (!named(schema)) {
				faults.add(where + ": " + mediaType + " body is not a named schema");
			}
		});
	}

	/** A $ref, or an array / page of $refs: not a bare object or an untyped map. */
	private static boolean named(Object schema) {
		if (!(schema instanceof Map<?, ?> map)) {
			return false;
		}
		if (map.get("$ref") != null) {
			return true;
		}
		if ("array".equals(map.get("type"))) {
			return named(map.get("items")) || isScalar(map.get("items"));
		}
		return false;
	}

	private static boolean isScalar(Object schema) {
		return schema instanceof Map<?, ?> map && Set.of("string", "integer", "number", "boolean").contains(map.get("type"));
	}
}
