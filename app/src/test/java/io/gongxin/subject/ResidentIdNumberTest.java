package io.gongxin.subject;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTest {

	@ParameterizedTest(name = "[{index}] {1}")
	@CsvSource({ "11010519491231002X, 1949-12-31", "110101199003074258, 1990-03-07", "31010419900307107X, 1990-03-07",
			"310101198506150032, 1985-06-15" })
	@DisplayName("R-05 numbers whose check character follows GB 11643 are valid and yield the birth date")
	void validNumbers(String number, LocalDate birthDate) {
		ResidentIdNumber id = ResidentIdNumber.parse(number);
		assertThat(id.value()).isEqualTo(number);
		assertThat(id.birthDate()).isEqualTo(birthDate);
	}

	@Test
	@DisplayName("R-05 a lower-case x, spaces and full-width digits are normalised")
	void normalisesInput() {
		assertThat(ResidentIdNumber.parse(" 110105 19491231 002x ").value()).isEqualTo("11010519491231002X");
		assertThat(ResidentIdNumber.parse("１１０１０５１９４９１２３１００２ｘ").value()).isEqualTo("11010519491231002X");
	}

	@ParameterizedTest(name = "[{index}] {1}")
	@CsvSource({ "110101199003074259, CHECK_CHARACTER", "11010519491231002Y, CHARACTER", "1101011990030742, LENGTH",
			"310101200802300015, BIRTH_DATE", "310101199013010011, BIRTH_DATE", "310101209901010011, BIRTH_DATE",
			"31010118990101001X, BIRTH_DATE", "11010519491231002A, CHARACTER", "'   ', EMPTY" })
	@DisplayName("R-05 an invalid number is refused with its reason")
	void invalidNumbers(String number, IdentifierProblem reason) {
		assertThatThrownBy(() -> ResidentIdNumber.parse(number)).isInstanceOf(InvalidIdentifierException.class)
			.extracting(ex -> ((InvalidIdentifierException) ex).reason())
			.isEqualTo(reason);
	}

	@Test
	@DisplayName("the number is masked as 3101**********123X and never printed whole")
	void masksAndNeverPrintsWhole() {
		ResidentIdNumber id = ResidentIdNumber.parse("31010419900307107X");
		assertThat(id.masked()).isEqualTo("3101**********107X");
		assertThat(id.toString()).doesNotContain("31010419900307107X").isEqualTo("3101**********107X");
	}

	@Test
	void exceptionsNeverRepeatTheInput() {
		assertThatThrownBy(() -> ResidentIdNumber.parse("110101199003074259"))
			.hasMessageNotContaining("110101199003074259");
	}

	@Test
	@DisplayName("R-10 a person is an adult from the 18th birthday, decided from the number in hand")
	void adulthood() {
		ResidentIdNumber id = ResidentIdNumber.parse("310115200811220023");
		assertThat(id.adultOn(java.time.LocalDate.of(2026, 11, 21))).isFalse();
		assertThat(id.adultOn(java.time.LocalDate.of(2026, 11, 22))).isTrue();
	}
}
