package io.gongxin.collection;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every item of Articles 11-13 in the shipped catalog, for every subject type it allows: a valid record built
 * from the item's own schema is accepted, and shown as its disclosure says (public items to anyone, non-public
 * ones only to the subject). A new item in the catalog is covered without touching this test.
 */
@GongxinTest
class EveryItemApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	/** (item code, subject type, disclosure, fields) for every item and subject type of the shipped catalog. */
	@SuppressWarnings("unchecked")
	static Stream<Arguments> everyItemAndSubjectType() throws Exception {
		Map<String, Object> catalog;
		try (InputStream in = new ClassPathResource("catalog/default-catalog.yml").getInputStream()) {
			catalog = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		List<Arguments> cases = new ArrayList<>();
		for (Map<String, Object> item : (List<Map<String, Object>>) catalog.get("items")) {
			for (String type : (List<String>) item.get("subjectTypes")) {
				cases.add(Arguments.of(item.get("code"), type, item.get("disclosure"), item.get("fields")));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "R-11 R-12 R-13 {0} about a {1} ({2})")
	@MethodSource("everyItemAndSubjectType")
	@DisplayName("R-11 R-12 R-13 every item of the default catalog is accepted for each subject type it allows and shown per its disclosure")
	void everyItemIsCollectedAndShown(String item, String type, String disclosure, List<Map<String, Object>> fields)
			throws Exception {
		LocalDate day = LocalDate.now(clock).minusYears(1);
		String id = type.equals("NATURAL_PERSON") ? synthetic.person().id().value()
				: synthetic.organisation().code().value();
		String values = fields.stream()
			.map(field -> "\"" + field.get("name") + "\": " + value(field, day))
			.collect(Collectors.joining(", ", "{", "}"));
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"records": [{"item": "%s", "sourceRef": "every-%s-%d", "subject": {"type": "%s", "id": "%s", "name": "周九"},
					 "occurredOn": "%s", "fields": %s}]}""".formatted(item, item, System.nanoTime(), type, id, day, values)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].status").value("CREATED"))
			.andReturn().getResponse().getContentAsString();
		int record = ((Number) JsonPath.read(body, "$.results[0].recordId")).intValue();
		mvc.perform(get("/api/v1/subjects/{id}/profile", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[*].id", disclosure.equals("PUBLIC") ? hasItem(record) : not(hasItem(record))));
		mvc.perform(get("/api/v1/subjects/{id}/profile", id).with(subjectAccount(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].item").value(hasItem(item)));
	}

	/** A valid JSON value for the field, from its type: every date the same past day, enums their first value. */
	@SuppressWarnings("unchecked")
	private String value(Map<String, Object> field, LocalDate day) {
		return switch (String.valueOf(field.get("type"))) {
			case "date" -> "\"" + day + "\"";
			case "decimal" -> "\"1.5\"";
			case "integer" -> "3";
			case "enum" -> "\"" + ((List<String>) field.get("values")).get(0) + "\"";
			case "identifier" -> "\"" + synthetic.organisation().code().value() + "\"";
			default -> "\"测试" + field.get("label") + "\"";
		};
	}

	private RequestPostProcessor subjectAccount(String id) throws Exception {
		String username = "every-" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, id))).andExpect(status().isCreated());
		return httpBasic(username, "person-password");
	}
}
