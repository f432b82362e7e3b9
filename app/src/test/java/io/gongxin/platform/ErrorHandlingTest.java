package io.gongxin.platform;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class ErrorHandlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void unknownPathsAreProblemsWithACode() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").with(accounts.center()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("NOT_FOUND"))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/no-such-thing"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
	}

	@Test
	void malformedBodiesAndWrongMethodsAreProblems() throws Exception {
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": [1, 2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("at io.gongxin"))));
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_XML)
			.content("<hello/>")).andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
		// a form's content type is refused before the handler (cross-site forms, see AttackCorpusTest)
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello")).andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.code").value("FORM_CONTENT_REFUSED"));
		mvc.perform(delete("/api/v1/calendar/working-days").with(accounts.center()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
	}

	@Test
	void messagesAreChineseByDefaultAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2150-01-01").param("add", "1"))
			.andExpect(jsonPath("$.detail").value("2150年的节假日安排尚未载入，无法计算工作日。"));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2150-01-01").param("add", "1")
			.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.detail")
				.value("The holiday arrangement for 2150 has not been loaded; working days cannot be counted."));
		mvc.perform(get("/api/v1/accounts/me").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.title").value("Not authenticated"));
	}

	@Test
	void healthAndApiDescriptionArePublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/identifiers/{code}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/working-days']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/accounts']").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}
}
