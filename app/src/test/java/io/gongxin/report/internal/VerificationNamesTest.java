package io.gongxin.report.internal;

import io.gongxin.subject.SubjectType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** anyone may verify a report by its number, and sees an organisation's name but only a person's family name. */
class VerificationNamesTest {

	@Test
	void r34PersonShowsTheFamilyNameOnly() {
		assertThat(VerificationNames.of(SubjectType.NATURAL_PERSON, "张三丰")).isEqualTo("张**");
		assertThat(VerificationNames.of(SubjectType.NATURAL_PERSON, "李四")).isEqualTo("李*");
	}

	@Test
	void r34OneCharacterNameStillHidesThatThereIsNoMore() {
		assertThat(VerificationNames.of(SubjectType.NATURAL_PERSON, "王")).isEqualTo("王*");
	}

	@Test
	void r34CharactersBeyondTheBasicPlaneCountAsOne() {
		// 𠀀 (U+20000) is one character written as two UTF-16 units
		assertThat(VerificationNames.of(SubjectType.NATURAL_PERSON, "\uD840\uDC00小明")).isEqualTo("\uD840\uDC00**");
	}

	@Test
	void r34OrganisationShowsItsWholeName() {
		assertThat(VerificationNames.of(SubjectType.LEGAL_PERSON, "上海示例科技有限公司")).isEqualTo("上海示例科技有限公司");
	}

	@Test
	void r34MissingNameShowsNothing() {
		assertThat(VerificationNames.of(SubjectType.NATURAL_PERSON, null)).isEmpty();
	}
}
