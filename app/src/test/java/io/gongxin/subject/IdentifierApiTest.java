package io.gongxin.subject;

import io.gongxin.GongxinTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class IdentifierApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("R-05 GET /identifiers/{code} checks a USCC for anyone")
	void validUscc() throws Exception {
		mvc.perform(get("/api/v1/identifiers/{code}", " 91350100m000100y43 "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.input").value(" 91350100m000100y43 "))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.type").value("USCC"))
			.andExpect(jsonPath("$.normalized").value("91350100M000100Y43"))
			.andExpect(jsonPath("$.reason").doesNotExist())
			.andExpect(jsonPath("$.birthDate").doesNotExist());
	}

	@Test
	@DisplayName("R-05 a resident id number yields its birth date")
	void validResidentId() throws Exception {
		mvc.perform(get("/api/v1/identifiers/{code}", "11010519491231002x"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.type").value("RESIDENT_ID"))
			.andExpect(jsonPath("$.normalized").value("11010519491231002X"))
			.andExpect(jsonPath("$.birthDate").value("1949-12-31"));
	}

	@Test
	@DisplayName("R-05 an invalid code is an answer with a reason, not an error")
	void invalidCodes() throws Exception {
		mvc.perform(get("/api/v1/identifiers/{code}", "91350100M000100Y44").header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.type").doesNotExist())
			.andExpect(jsonPath("$.reason").value("校验码错误。"))
			.andExpect(jsonPath("$.reasonCode").value("CHECK_CHARACTER"));
		mvc.perform(get("/api/v1/identifiers/{code}", "310101199013010011").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.reasonCode").value("BIRTH_DATE"))
			.andExpect(jsonPath("$.reason").value("The date of birth in the resident id number is not a valid date."));
		mvc.perform(get("/api/v1/identifiers/{code}", "ABC"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.reasonCode").value("LENGTH"));
	}

	@Test
	@DisplayName("R-05 a legacy code on the configured allow-list is valid and marked legacy")
	void legacyCode() throws Exception {
		mvc.perform(get("/api/v1/identifiers/{code}", "91310000MA1FL8XQ30"))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.type").value("USCC"))
			.andExpect(jsonPath("$.legacy").value(true));
		mvc.perform(get("/api/v1/identifiers/{code}", "91310115MA1H7GQ07X"))
			.andExpect(jsonPath("$.valid").value(false));
	}
}
