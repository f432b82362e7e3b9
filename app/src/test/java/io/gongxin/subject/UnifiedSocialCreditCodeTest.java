package io.gongxin.subject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

	@ParameterizedTest
	@CsvSource({ "91350100M000100Y43", "91110000600037341L", "91310000132200821H" })
	@DisplayName("R-05 codes whose check character follows GB 32100 are valid")
	void validCodes(String code) {
		assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
		assertThat(CheckCharacters.uscc(code)).isEqualTo(code.charAt(17));
	}

	@Test
	@DisplayName("R-05 spaces, full-width characters and lower case are normalised")
	void normalisesInput() {
		assertThat(UnifiedSocialCreditCode.parse("  9135 0100 m000 100y43\t").value()).isEqualTo("91350100M000100Y43");
		assertThat(UnifiedSocialCreditCode.parse("９１３５０１００Ｍ０００１００Ｙ４３").value())
			.isEqualTo("91350100M000100Y43");
		assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y43\u3000").value()).isEqualTo("91350100M000100Y43");
	}

	@ParameterizedTest
	@CsvSource({ "91350100M000100Y44, CHECK_CHARACTER", "91350100M000100Y4, LENGTH", "91350100M000100Y433, LENGTH",
			"91350100I000100Y43, CHARACTER", "91350100O000100Y43, CHARACTER", "9135010SM000100Y43, CHARACTER",
			"91350100M0001-0Y43, CHARACTER", "'', EMPTY" })
	@DisplayName("R-05 an invalid code is refused with its reason")
	void invalidCodes(String code, IdentifierProblem reason) {
		assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code)).isInstanceOf(InvalidIdentifierException.class)
			.extracting(ex -> ((InvalidIdentifierException) ex).reason())
			.isEqualTo(reason);
	}

	@Test
	@DisplayName("R-05 a code failing only its check character is accepted as legacy, nothing worse is")
	void legacyOnlyExcusesTheCheckCharacter() {
		assertThat(new UnifiedSocialCreditCode("91310000MA1FL8XQ30", true).legacy()).isTrue();
		assertThat(new UnifiedSocialCreditCode("91350100M000100Y43", true).legacy()).isFalse();
		assertThatThrownBy(() -> new UnifiedSocialCreditCode("91310000MA1FL8XQ3", true))
			.isInstanceOf(InvalidIdentifierException.class);
	}

	@Test
	void isNeverMaskedBecauseItIsPublic() {
		assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y43").masked()).isEqualTo("91350100M000100Y43");
	}
}
