package io.gongxin.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.QrCodes;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * a report carries its verification address (the portal's verification page with its number, on
 * {@code gongxin.public-base-url}) in words and as a QR code that decodes to it, in HTML and PDF; the address opens
 * the result at once; and public pages speak plainly, never printing an API path.
 */
@GongxinTest
class ReportVerificationTest {

	private static final Pattern QR = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	private static String address(String number) {
		return "http://localhost:8080/portal/verify?number=" + number;
	}

	@Test
	@DisplayName("R-34 the HTML report prints its verification address and a QR code that decodes to it, and the address opens the verification result")
	void htmlReportCarriesAddressAndQrCode() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/reports/subject").param("id", QueryFixture.COMPANY))
			.andExpect(status().isOk()).andReturn().getResponse();
		String number = response.getHeader("X-Report-Number");
		String html = response.getContentAsString();
		assertThat(html).contains(address(number), "扫描右侧二维码").doesNotContain("/api/");
		Matcher qr = QR.matcher(html);
		assertThat(qr.find()).as("an inline QR image").isTrue();
		assertThat(QrCodes.decodeDataUri(qr.group())).isEqualTo(address(number));

		mvc.perform(get(address(number).substring("http://localhost:8080".length())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该报告真实有效")))
			.andExpect(content().string(containsString("上海市测试查询有限公司")));
	}

	@Test
	@DisplayName("R-34 the PDF report prints its verification address and embeds a QR code that decodes to it")
	void pdfReportCarriesAddressAndQrCode() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/reports/subject").param("id", QueryFixture.COMPANY)
			.param("format", "pdf")).andExpect(status().isOk()).andReturn().getResponse();
		String number = response.getHeader("X-Report-Number");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains(address(number)).doesNotContain("/api/");
			List<String> decoded = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
						decoded.add(QrCodes.decode(image.getImage()));
					}
				}
			}
			assertThat(decoded).containsExactly(address(number));
		}
	}

	@Test
	@DisplayName("public and person-facing pages speak plainly: no API path on the portal, the verification page, the person's pages or an error page")
	void publicPagesPrintNoApiPath() throws Exception {
		for (String page : new String[] { "/", "/portal/lists", "/portal/catalog", "/portal/verify",
				"/portal/verify?number=GX20260101-ABCDEFGHJK", "/login", "/portal/no-such-page" }) {
			assertThat(mvc.perform(get(page)).andReturn().getResponse().getContentAsString()).as(page)
				.doesNotContain("/api/");
		}
		PageSession person = PageSession.login(mvc, QueryFixture.PERSON_ACCOUNT, "person-password");
		for (String page : new String[] { "/me", "/me/objections", "/me/repairs" }) {
			assertThat(mvc.perform(get(page).with(person)).andReturn().getResponse().getContentAsString()).as(page)
				.doesNotContain("/api/");
		}
	}
}
