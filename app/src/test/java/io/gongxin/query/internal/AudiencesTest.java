package io.gongxin.query.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.catalog.Matter;
import io.gongxin.platform.DomainException;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.gongxin.query.internal.QueryRulesFixture.CATALOG;
import static io.gongxin.query.internal.QueryRulesFixture.HIRING;
import static io.gongxin.query.internal.QueryRulesFixture.LICENCE;
import static io.gongxin.query.internal.QueryRulesFixture.SOCIAL_INSURANCE;
import static io.gongxin.query.internal.QueryRulesFixture.TAX_RATING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Who sees what of a subject: a plain test of {@link Audiences}, no Spring, no database (the stored grants and the
 * catalog's matters are stand-ins).
 */
class AudiencesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	private static final SubjectKey KEY = new SubjectKey(1L);

	private static final Subject FIRM = new Subject(KEY, SubjectType.LEGAL_PERSON, "某某公司", "91350100M000100Y43", false);

	private final AuthorizationsJdbc authorizations = mock(AuthorizationsJdbc.class);

	private final Audiences audiences = new Audiences(authorizations, new GrantedToPersonnel());

	@Test
	@DisplayName("R-20a the subject sees all its records and its identifier whole")
	void theSubjectSeesEverything() {
		View view = audiences.of(new Caller("firm", Role.SUBJECT, null, KEY), FIRM, null, null, CATALOG, TODAY);
		assertThat(view.everything()).isTrue();
		assertThat(view.wholeIdentifier()).isTrue();
		assertThat(view.shows(TAX_RATING)).isTrue();
	}

	@Test
	@DisplayName("R-20a another subject's account sees public items only")
	void anotherSubjectSeesPublicItems() {
		View view = audiences.of(new Caller("other", Role.SUBJECT, null, new SubjectKey(2L)), FIRM, null, null, CATALOG,
				TODAY);
		assertThat(view.everything()).isFalse();
		assertThat(view.shows(LICENCE)).isTrue();
		assertThat(view.shows(SOCIAL_INSURANCE)).isFalse();
		assertThat(view.wholeIdentifier()).isFalse();
	}

	@Test
	@DisplayName("R-18 a government querier sees the items of its granted matter, with the matter and purpose to log")
	void governmentQuerierSeesItsMattersItems() {
		Caller querier = new Caller("hr", Role.GOV_QUERIER, "PERSONNEL", null);
		View view = audiences.of(querier, FIRM, "HIRING", " 招聘核查 ", CATALOG, TODAY);
		assertThat(view.items()).containsExactlyInAnyOrderElementsOf(HIRING.items());
		assertThat(view.publicItems()).isFalse();
		assertThat(view.matter()).isEqualTo("HIRING");
		assertThat(view.purpose()).isEqualTo("招聘核查");
		verifyNoInteractions(authorizations);
	}

	@Test
	@DisplayName("R-18 a government querier naming a matter not granted to it sees nothing")
	void governmentQuerierBeyondItsGrantsIsRefused() {
		Caller querier = new Caller("tax", Role.GOV_QUERIER, "TAX", null);
		assertThatThrownBy(() -> audiences.of(querier, FIRM, "HIRING", "核查", CATALOG, TODAY))
			.isInstanceOf(DomainException.class);
	}

	@Test
	@DisplayName("R-16b an organisation holding the subject's authorization sees the non-public items it covers")
	void authorizationOpensTheItemsItCovers() {
		Authorization grant = grant(11L, List.of("SOCIAL_INSURANCE"));
		when(authorizations.valid(KEY, "AGENCY_A", TODAY)).thenReturn(List.of(grant));
		View view = audiences.of(new Caller("agent", Role.AGENCY, "AGENCY_A", null), FIRM, null, null, CATALOG, TODAY);
		assertThat(view.shows(SOCIAL_INSURANCE)).isTrue();
		assertThat(view.shows(TAX_RATING)).isFalse();
		assertThat(view.shows(LICENCE)).isTrue();
		assertThat(view.authorization()).as("the grant goes on the log").isEqualTo(grant);
	}

	@Test
	@DisplayName("R-16b an authorization without items opens every non-public item")
	void authorizationWithoutItemsOpensAll() {
		when(authorizations.valid(KEY, "AGENCY_A", TODAY)).thenReturn(List.of(grant(12L, null)));
		View view = audiences.of(new Caller("agent", Role.AGENCY, "AGENCY_A", null), FIRM, null, null, CATALOG, TODAY);
		assertThat(view.items()).containsExactlyInAnyOrder("SOCIAL_INSURANCE", "TAX_RATING");
	}

	@Test
	@DisplayName("R-16b without a valid authorization an organisation sees public items only")
	void noAuthorizationNoNonPublicItems() {
		when(authorizations.valid(any(), any(), any())).thenReturn(List.of());
		View view = audiences.of(new Caller("agent", Role.AGENCY, "AGENCY_B", null), FIRM, null, null, CATALOG, TODAY);
		assertThat(view.items()).isEmpty();
		assertThat(view.authorization()).isNull();
	}

	@Test
	@DisplayName("R-20a an anonymous caller sees public items; no authorization is looked up for nobody")
	void anonymousSeesPublicItems() {
		View view = audiences.of(Caller.anonymous(), FIRM, null, null, CATALOG, TODAY);
		assertThat(view.shows(LICENCE)).isTrue();
		assertThat(view.shows(SOCIAL_INSURANCE)).isFalse();
		verifyNoInteractions(authorizations);
	}

	private static Authorization grant(long id, List<String> items) {
		return new Authorization(id, KEY, "AGENCY_A", items, "贷款审查", TODAY.plusDays(30), null, null);
	}

	/** The catalog's one matter, HIRING, granted to PERSONNEL only. */
	private static final class GrantedToPersonnel implements DeclaredMatters {

		@Override
		public Matter check(Caller caller, SubjectKey subject, String matter, String purpose, boolean purposeRequired) {
			if (!HIRING.code().equals(matter) || !"PERSONNEL".equals(caller.organisation())) {
				throw new DomainException(DomainException.Kind.NOT_PERMITTED, "MATTER_NOT_GRANTED");
			}
			return HIRING;
		}

		@Override
		public String known(String matter) {
			return matter;
		}

		@Override
		public String purpose(String purpose) {
			return purpose == null ? null : purpose.strip();
		}
	}
}
