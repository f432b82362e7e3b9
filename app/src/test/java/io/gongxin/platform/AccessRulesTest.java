package io.gongxin.platform;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** the endpoints not covered by their own module's tests, with the callers who may and may not use them. */
@GongxinTest
class AccessRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("R-31 only the centre registers a provider's items; a provider reads only its own")
	void providerItems() throws Exception {
		String items = "{\"items\": [\"ADMIN_PENALTY\"]}";
		mvc.perform(put("/api/v1/providers/T_TAX/items").contentType(MediaType.APPLICATION_JSON).content(items))
			.andExpect(status().isUnauthorized());
		mvc.perform(put("/api/v1/providers/T_TAX/items").with(accounts.provider()).contentType(MediaType.APPLICATION_JSON)
			.content(items)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/providers/T_TAX/items").with(accounts.center()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": [\"NOPE\"]}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_ITEM"));
		mvc.perform(put("/api/v1/providers/T_TAX/items").with(accounts.center()).contentType(MediaType.APPLICATION_JSON)
			.content(items)).andExpect(status().isOk()).andExpect(jsonPath("$.items[0]").value("ADMIN_PENALTY"));
		mvc.perform(get("/api/v1/providers/T_TAX/items").with(accounts.provider())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/providers/MARKET/items").with(accounts.provider())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/providers/T_TAX/items").with(accounts.querier())).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R-31 a provider reads and lists only its own records")
	void providersOwnRecords() throws Exception {
		String body = mvc.perform(post("/api/v1/records").with(accounts.tax()).contentType(MediaType.APPLICATION_JSON).content("""
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "access-1", "subject": {"type": "LEGAL_PERSON", "id": "91350100M000100Y43"},
				 "occurredOn": "2025-03-10", "fields": {"decisionNumber": "1", "penaltyType": "罚款", "decidedOn": "2025-03-10", "authority": "市税务局"}}]}"""))
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.results[0].recordId");
		mvc.perform(get("/api/v1/records/{id}", id).with(accounts.market())).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("NOT_OWN_RECORD"));
		mvc.perform(get("/api/v1/records/{id}", id).with(accounts.querier())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/records/{id}", id).with(accounts.operator())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/records").with(accounts.tax())).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].provider", hasItem("TAX")));
		mvc.perform(get("/api/v1/records").with(accounts.agency())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/records")).andExpect(status().isUnauthorized());
	}

	@Test
	void inboxesAndAuthorizationListsNeedTheirOwner() throws Exception {
		mvc.perform(get("/api/v1/notices")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/notices").with(accounts.tax())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/authorizations")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/authorizations").with(accounts.agency())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/catalog/validation").with(accounts.tax()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/catalog/versions")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organisations").with(accounts.agency())).andExpect(status().isOk());
	}
}
