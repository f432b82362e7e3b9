package io.gongxin.catalog;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProhibitedDataTest {

	@ParameterizedTest
	@ValueSource(strings = { "宗教", "宗教信仰", "religion", "Religion", "RELIGION", "ＲＥＬＩＧＩＯＮ", "blood_type", "bloodType",
			"Blood Type", "blood-group", "血型", "血 型", "指纹", "fingerprint", "finger_print", "基因", "gene", "geneSequence",
			"DNA", "病史", "medical_history", "MedicalHistory", "疾病", "illness", "disease", "diagnosis", "religiousBelief" })
	@DisplayName("R-14 prohibited data is recognised whatever its case, spacing or language")
	void recognisesProhibitedNames(String name) {
		assertThat(ProhibitedData.termIn(name)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "指紋", "遺傳", "遺傳信息", "病歷", "宗教信仰", "血型", "疾病史", "基因檢測" })
	@DisplayName("R-14 prohibited data written in traditional characters is recognised too")
	void recognisesTraditionalCharacters(String name) {
		assertThat(ProhibitedData.termIn(name)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "decisionNumber", "general", "generalManager", "amount", "处罚类别", "penaltyType", "agency",
			"degree", "决定书文号", "決定書文號", "處罰機關", "registeredName" })
	@DisplayName("R-14 ordinary names are not mistaken for prohibited data")
	void leavesOrdinaryNamesAlone(String name) {
		assertThat(ProhibitedData.termIn(name)).isEmpty();
	}
}
