package io.gongxin.catalog;

import java.util.List;

import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R-15 on the console: the centre drafts a catalog version as text from the version in force, sees each validation
 * error with its place in words before anything is saved, saves the draft, reviews its changes and publishes it with
 * a confirmation.
 */
@GongxinTest
class CatalogDraftPagesTest {

	private static final String VERSION = "2098.h5";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalogs catalogs;

	@Autowired
	ObjectMapper json;

	/** The catalog in force as text, under {@link #VERSION}, with one more field on ADMIN_PENALTY. */
	private String draftWithField(String name, String label) {
		ObjectNode document = json.valueToTree(catalogs.published().withVersion(VERSION));
		for (var item : (ArrayNode) document.get("items")) {
			if (item.get("code").asString().equals("ADMIN_PENALTY")) {
				((ArrayNode) item.get("fields")).addObject().put("name", name).put("label", label).put("type", "string");
			}
		}
		return json.writer().withDefaultPrettyPrinter().writeValueAsString(document);
	}

	private int penaltyIndex() {
		List<CatalogItem> items = catalogs.published().items();
		return items.indexOf(catalogs.published().item("ADMIN_PENALTY").orElseThrow()) + 1;
	}

	@Test
	@DisplayName("R-15 R-14 the centre drafts from the version in force, sees each error with its place in words and its text kept, fixes it, saves, reviews the changes and publishes only with a confirmation")
	void draftValidateFixPublish() throws Exception {
		CatalogDocument previous = catalogs.published();
		PageSession center = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		mvc.perform(get("/console/catalog").with(center))
			.andExpect(content().string(containsString("href=\"/console/catalog/draft\"")))
			.andExpect(content().string(not(containsString("/api/"))));
		mvc.perform(get("/console/catalog/draft").with(center))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&quot;version&quot; : &quot;2027.1&quot;")))
			.andExpect(content().string(containsString("ADMIN_PENALTY")));
		try {
			String bad = draftWithField("bloodType", "血型");
			String page = mvc.perform(post("/console/catalog/draft").with(center).with(csrf()).param("action", "save")
				.param("document", bad)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			int fields = previous.item("ADMIN_PENALTY").orElseThrow().fields().size() + 1;
			assertThat(page).contains("草稿有 2 处错误，尚未保存",
					"第 " + penaltyIndex() + " 个信息项 ADMIN_PENALTY（行政处罚信息） › 第 " + fields + " 个字段 bloodType（血型） › 英文字段名：",
					"依法禁止归集的信息（R-14）：血型", "&quot;bloodType&quot;");
			assertThat(catalogs.version(VERSION)).isEmpty();

			mvc.perform(post("/console/catalog/draft").with(center).with(csrf()).param("action", "validate")
				.param("document", "{\n  \"version\": \"x\",\n  \"items\": [ }"))
				.andExpect(content().string(containsString("第 3 行第")));

			String good = draftWithField("hearing", "是否听证");
			mvc.perform(post("/console/catalog/draft").with(center).with(csrf()).param("action", "validate")
				.param("document", good))
				.andExpect(content().string(containsString("校验通过：版本 " + VERSION)));
			assertThat(catalogs.version(VERSION)).as("validating saves nothing").isEmpty();
			mvc.perform(post("/console/catalog/draft").with(center).with(csrf()).param("action", "save").param("document", good))
				.andExpect(redirectedUrl("/console/catalog/versions/" + VERSION))
				.andExpect(flash().attribute("noticeKey", "catalog.draft.saved"));

			mvc.perform(get("/console/catalog/versions/{v}", VERSION).with(center))
				.andExpect(content().string(containsString("修改的信息项：ADMIN_PENALTY")))
				.andExpect(content().string(containsString("是否听证")))
				.andExpect(content().string(containsString("name=\"confirm\"")));
			mvc.perform(post("/console/catalog/versions/{v}/publication", VERSION).with(center).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("发布前须勾选确认")));
			assertThat(catalogs.published().version()).isEqualTo(previous.version());
			mvc.perform(post("/console/catalog/versions/{v}/publication", VERSION).with(center).with(csrf())
				.param("confirm", "yes")).andExpect(redirectedUrl("/console/catalog"));
			assertThat(catalogs.published().version()).isEqualTo(VERSION);
			assertThat(catalogs.published().item("ADMIN_PENALTY").orElseThrow().field("hearing")).isPresent();
		}
		finally {
			// the other tests sharing this database expect the catalog they had in force
			if (!catalogs.published().version().equals(previous.version())) {
				catalogs.saveDraft(previous.withVersion(VERSION + "-back"), "test");
				catalogs.publish(VERSION + "-back", "test");
			}
		}
	}

	@Test
	@DisplayName("R-15 only the centre administrator drafts and publishes: the operator and auditor see a version without the publication form and are refused")
	void onlyTheAdministratorDrafts() throws Exception {
		String published = catalogs.published().version();
		for (String user : new String[] { "t-operator", "t-auditor" }) {
			PageSession session = PageSession.login(mvc, user, TestAccounts.PASSWORD);
			mvc.perform(get("/console/catalog/draft").with(session)).andExpect(status().isForbidden());
			mvc.perform(post("/console/catalog/draft").with(session).with(csrf()).param("document", "{}"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/console/catalog/versions/{v}", published).with(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("校验通过")))
				.andExpect(content().string(not(containsString("name=\"confirm\""))));
			mvc.perform(post("/console/catalog/versions/{v}/publication", published).with(session).with(csrf())
				.param("confirm", "yes")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/console/catalog/draft")).andExpect(status().is3xxRedirection());
	}
}
