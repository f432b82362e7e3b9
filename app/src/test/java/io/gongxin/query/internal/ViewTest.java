package io.gongxin.query.internal;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.gongxin.query.internal.QueryRulesFixture.HIRING;
import static io.gongxin.query.internal.QueryRulesFixture.LICENCE;
import static io.gongxin.query.internal.QueryRulesFixture.PENALTY;
import static io.gongxin.query.internal.QueryRulesFixture.SOCIAL_INSURANCE;
import static io.gongxin.query.internal.QueryRulesFixture.TAX_RATING;
import static io.gongxin.query.internal.QueryRulesFixture.matterView;
import static io.gongxin.query.internal.QueryRulesFixture.ownView;
import static io.gongxin.query.internal.QueryRulesFixture.publicView;
import static org.assertj.core.api.Assertions.assertThat;

/** Which items one view shows: a plain test, no Spring, no database. */
class ViewTest {

	@Test
	@DisplayName("R-20a anyone sees public items and no non-public one")
	void publicViewShowsPublicItemsOnly() {
		assertThat(publicView().shows(LICENCE)).isTrue();
		assertThat(publicView().shows(PENALTY)).isTrue();
		assertThat(publicView().shows(SOCIAL_INSURANCE)).isFalse();
	}

	@Test
	@DisplayName("R-16b an authorization opens the non-public items it covers, and only those")
	void authorizedItemsAreShownBesideThePublicOnes() {
		View authorized = new View(false, true, Set.of("SOCIAL_INSURANCE"), null, null, null, false);
		assertThat(authorized.shows(SOCIAL_INSURANCE)).isTrue();
		assertThat(authorized.shows(LICENCE)).isTrue();
		assertThat(authorized.shows(TAX_RATING)).isFalse();
	}

	@Test
	@DisplayName("R-20a the subject sees every item of its own")
	void ownViewShowsEverything() {
		assertThat(ownView().shows(SOCIAL_INSURANCE)).isTrue();
		assertThat(ownView().shows(TAX_RATING)).isTrue();
	}

	@Test
	@DisplayName("R-18 a government querier sees its matter's items, public or not, and nothing else")
	void matterViewShowsTheMattersItemsOnly() {
		View hiring = matterView(HIRING);
		assertThat(hiring.shows(SOCIAL_INSURANCE)).isTrue();
		assertThat(hiring.shows(PENALTY)).isTrue();
		assertThat(hiring.shows(LICENCE)).as("public, but not the matter's").isFalse();
		assertThat(hiring.shows(TAX_RATING)).isFalse();
	}
}
