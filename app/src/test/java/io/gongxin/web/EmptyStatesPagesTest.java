package io.gongxin.web;

import io.gongxin.GongxinTest;
import io.gongxin.subject.CheckCharacters;
import io.gongxin.subject.Subjects;
import io.gongxin.subject.UnifiedSocialCreditCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The shared empty state ({@code fragments/empty}): shown in the page's words when there is nothing to list. */
@GongxinTest
class EmptyStatesPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Subjects subjects;

	@Test
	@DisplayName("a subject with no records and no listing shows both empty states, in Chinese and in English")
	void aSubjectWithNothingSaysSo() throws Exception {
		String first17 = "91310000MA1EMPTY" + "9";
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(first17 + CheckCharacters.uscc(first17));
		subjects.register(code, "空白示范有限公司");
		String zh = page(code.value(), "zh_CN");
		assertThat(zh).contains("未列入名单。").contains("没有记录。").doesNotContain("<table class=\"data\"");
		String en = page(code.value(), "en");
		assertThat(en).doesNotContain("未列入名单").doesNotContain("没有记录");
	}

	private String page(String code, String lang) throws Exception {
		return mvc.perform(get("/portal/subjects/{id}", code).param("lang", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
