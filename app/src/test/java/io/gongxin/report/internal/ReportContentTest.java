package io.gongxin.report.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** a person obtains two credit reports of itself free each year; the others' reports are never counted. */
class ReportContentTest {

	private static ReportContent own(Integer ofYear, int freePerYear) {
		return new ReportContent("GX20260302-ABCDEFGHJK", null, null, "OWN", null, null, null, java.util.List.of(),
				java.util.List.of(), null, null, ofYear, freePerYear, null);
	}

	@Test
	void r34FirstAndSecondOwnReportOfTheYearAreFree() {
		assertThat(own(1, 2).free()).isTrue();
		assertThat(own(2, 2).free()).isTrue();
	}

	@Test
	void r34ThirdOwnReportOfTheYearIsNotFree() {
		assertThat(own(3, 2).free()).isFalse();
	}

	@Test
	void r34AReportOfSomeoneElseIsNotCountedAsFree() {
		assertThat(own(null, 2).free()).isFalse();
	}

	@Test
	void r34DigestIsAddedWithoutChangingTheContent() {
		ReportContent content = own(1, 2);
		ReportContent digested = content.withDigest("abc");
		assertThat(digested.digest()).isEqualTo("abc");
		assertThat(digested.withDigest(null)).isEqualTo(content);
	}
}
