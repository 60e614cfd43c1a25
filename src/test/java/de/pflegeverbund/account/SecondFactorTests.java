package de.pflegeverbund.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import de.pflegeverbund.account.domain.SecondFactors;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.support.HtmlForm;
import de.pflegeverbund.support.PortalIntegrationTest;
import de.pflegeverbund.support.Totp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The second factor through the real sign-in: set up, asked for after the password on
 * every page, codes count once, recovery codes, the throttle, required by the Leitung or
 * the state office, reset after a lost phone. The demo accounts stay password-only.
 */
class SecondFactorTests extends PortalIntegrationTest {

	private static final String PASSWORD = "ein langes Zwei-Faktor-Passwort";

	private static final Pattern RECOVERY = Pattern.compile("\\b[A-Z2-9]{4}-[A-Z2-9]{4}\\b");

	@Autowired
	AccountManagement accounts;

	@Autowired
	ProviderManagement providers;

	@Autowired
	Clock clock;

	@Autowired
	SecondFactors secondFactors;

	@Test
	void aSetUpSecondFactorIsAskedForAfterThePasswordOnEveryPage() {
		String email = counsellor(providerIdOf(ADMIN_1));
		MockHttpSession session = password(email, "/");
		String secret = setUp(session);

		MockHttpSession next = password(email, "/anmelden/zweiter-faktor");
		assertThat(mvc.get().uri("/fachberatung").session(next)).hasStatus(302)
			.redirectedUrl()
			.endsWith("/anmelden/zweiter-faktor");
		assertThat(mvc.get().uri("/familien").session(next)).redirectedUrl().endsWith("/anmelden/zweiter-faktor");
		assertThat(mvc.get().uri("/anmelden/zweiter-faktor").session(next)).hasStatusOk()
			.bodyText()
			.contains("Authenticator-App");

		MvcTestResult wrong = code(next, "12345");
		assertThat(wrong).hasStatusOk().bodyText().contains("Der Code stimmt nicht");
		String code = totp(secret, clock.instant().plusSeconds(30));
		String idBefore = next.getId();
		MvcTestResult right = code(next, code);
		assertThat(right).hasStatus(302);
		MockHttpSession elevated = (MockHttpSession) right.getRequest().getSession(false);
		assertThat(elevated.getId()).as("new session id once the second factor is shown").isNotEqualTo(idBefore);
		assertThat(mvc.get().uri("/fachberatung").session(elevated)).hasStatusOk();

		MockHttpSession replay = password(email, "/anmelden/zweiter-faktor");
		assertThat(code(replay, code)).as("a code counts once").bodyText().contains("Der Code stimmt nicht");
	}

	@Test
	void aRecoveryCodeWorksOnceAndNewOnesReplaceTheOld() throws Exception {
		String email = counsellor(providerIdOf(ADMIN_1));
		MockHttpSession session = password(email, "/");
		List<String> codes = recoveryCodes(confirm(session, pendingSecret(session)));
		assertThat(codes).hasSize(SecondFactors.RECOVERY_CODES).doesNotHaveDuplicates();

		MockHttpSession first = password(email, "/anmelden/zweiter-faktor");
		MvcTestResult used = code(first, codes.get(0).toLowerCase(Locale.ROOT));
		assertThat(used).hasStatus(302);
		MockHttpSession elevated = (MockHttpSession) used.getRequest().getSession(false);
		assertThat(mvc.get().uri("/konto/zweiter-faktor").session(elevated)).bodyText()
			.contains("Noch nicht verwendete Wiederherstellungscodes: 9");
		MockHttpSession second = password(email, "/anmelden/zweiter-faktor");
		assertThat(code(second, codes.get(0))).bodyText().contains("Der Code stimmt nicht");

		List<String> renewed = recoveryCodes(mvc.post()
			.uri("/konto/zweiter-faktor/wiederherstellungscodes")
			.session(elevated)
			.with(csrf())
			.exchange());
		assertThat(renewed).hasSize(SecondFactors.RECOVERY_CODES).doesNotContainAnyElementsOf(codes);
		assertThat(code(second, codes.get(1))).as("old codes are void").bodyText().contains("Der Code stimmt nicht");
		assertThat(code(second, renewed.get(0))).hasStatus(302);
	}

	@Test
	void wrongCodesCountAgainstTheAccountAndEndTheSignIn() {
		String email = counsellor(providerIdOf(ADMIN_1));
		setUp(password(email, "/"));
		MockHttpSession session = password(email, "/anmelden/zweiter-faktor");
		for (int i = 0; i < 5; i++) {
			assertThat(code(session, "00000" + i)).bodyText().contains("Der Code stimmt nicht");
		}

		assertThat(code(session, "000009")).redirectedUrl().isEqualTo("/login?gesperrt");
		assertThat(mvc.get().uri("/fachberatung").session(session)).redirectedUrl().endsWith("/login");
		MvcTestResult again = mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", PASSWORD)
			.with(csrf())
			.with(client())
			.exchange();
		assertThat(again.getResponse().getRedirectedUrl()).as("signing in again with the password does not reset it")
			.contains("gesperrt");
	}

	@Test
	void theLeitungRequiresItAndResetsItAfterALostPhone() throws Exception {
		long provider = newProvider();
		String lead = lead(provider);
		String email = counsellor(provider);
		MockHttpSession leadSession = password(lead, "/");

		assertThat(mvc.post().uri("/verwaltung/sicherheit").param("required", "true").session(leadSession).with(csrf()))
			.redirectedUrl()
			.isEqualTo("/verwaltung/sicherheit");
		MockHttpSession session = password(email, "/anmelden/zweiter-faktor");
		assertThat(mvc.get().uri("/anmelden/zweiter-faktor").session(session)).redirectedUrl()
			.isEqualTo("/konto/zweiter-faktor");
		assertThat(mvc.get().uri("/fachberatung").session(session)).redirectedUrl()
			.endsWith("/anmelden/zweiter-faktor");
		MvcTestResult setUpPage = mvc.get().uri("/konto/zweiter-faktor").session(session).exchange();
		assertThat(setUpPage).bodyText().contains("vorgeschrieben");
		String secret = (String) session.getAttribute("portal.secondFactor.pendingSecret");
		MvcTestResult done = mvc.post()
			.uri("/konto/zweiter-faktor")
			.param("code", totp(secret, clock.instant()))
			.session(session)
			.with(csrf())
			.exchange();
		assertThat(recoveryCodes(done)).hasSize(SecondFactors.RECOVERY_CODES);
		MockHttpSession elevated = (MockHttpSession) done.getRequest().getSession(false);
		assertThat(mvc.get().uri("/fachberatung").session(elevated)).hasStatusOk();
		assertThat(mvc.post().uri("/konto/zweiter-faktor/entfernen").session(elevated).with(csrf())).redirectedUrl()
			.isEqualTo("/konto/zweiter-faktor");
		assertThat(jdbc.queryForObject("select totp_secret is not null from user_account where email = ?",
				Boolean.class, email))
			.as("required: cannot be removed")
			.isTrue();

		assertThat(mvc.get().uri("/verwaltung/sicherheit").session(leadSession)).bodyText()
			.contains("Zwei Faktor Fachberatung", "eingerichtet am");
		long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
		String otherLead = uniqueEmail("zf-leitung-fremd");
		accounts.provision(otherLead, "Fremde Leitung", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2), PASSWORD);
		assertThat(mvc.post().uri("/verwaltung/sicherheit/" + id + "/zuruecksetzen").with(as(otherLead)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.post().uri("/verwaltung/sicherheit/" + id + "/zuruecksetzen").session(leadSession).with(csrf()))
			.redirectedUrl()
			.isEqualTo("/verwaltung/sicherheit");
		assertThat(jdbc.queryForObject("select count(*) from recovery_code where account_id = ?", Long.class, id))
			.isZero();
		MockHttpSession afterReset = password(email, "/anmelden/zweiter-faktor");
		assertThat(mvc.get().uri("/anmelden/zweiter-faktor").session(afterReset)).redirectedUrl()
			.isEqualTo("/konto/zweiter-faktor");

		MockHttpSession leadAgain = password(lead, "/anmelden/zweiter-faktor");
		assertThat(mvc.get().uri("/leitung").session(leadAgain)).as("the Leitung itself, too")
			.redirectedUrl()
			.endsWith("/anmelden/zweiter-faktor");
	}

	@Test
	void aRequirementFromAStalePageUndoesNoneChangedMeanwhile() throws Exception {
		long provider = newProvider();
		String lead = lead(provider);
		String stale = stampOn(mvc.get().uri("/verwaltung/sicherheit").with(signedInWithBothFactors(lead)).exchange());
		// meanwhile, in another tab
		String fresh = stampOn(mvc.get().uri("/verwaltung/sicherheit").with(signedInWithBothFactors(lead)).exchange());
		assertThat(mvc.post()
			.uri("/verwaltung/sicherheit")
			.with(signedInWithBothFactors(lead))
			.with(csrf())
			.param("stand", fresh)
			.param("required", "true")).flash().containsEntry("success", "secondFactor.team.requiredNow");

		assertThat(mvc.post()
			.uri("/verwaltung/sicherheit")
			.with(signedInWithBothFactors(lead))
			.with(csrf())
			.param("stand", stale)).as("the box left empty on a page from before")
			.flash()
			.containsEntry("failure", "secondFactor.team.conflictRequired")
			.containsEntry("required", false);
		assertThat(secondFactors.isRequiredOf(Role.COUNSELLOR, provider)).isTrue();
		MvcTestResult shownAgain = mvc.get()
			.uri("/verwaltung/sicherheit")
			.with(signedInWithBothFactors(lead))
			.flashAttr("failure", "secondFactor.team.conflictRequired")
			.flashAttr("required", false)
			.exchange();
		assertThat(shownAgain).bodyText()
			.contains("Jemand hat den zweiten Faktor inzwischen zur Pflicht gemacht")
			.doesNotContain("checked");

		assertThat(mvc.post()
			.uri("/verwaltung/sicherheit")
			.with(signedInWithBothFactors(lead))
			.with(csrf())
			.param("stand", stale)
			.param("required", "true")).as("the choice made meanwhile: nothing lost")
			.flash()
			.containsEntry("success", "secondFactor.team.requiredNow");
		assertThat(mvc.post()
			.uri("/verwaltung/sicherheit")
			.with(signedInWithBothFactors(lead))
			.with(csrf())
			.param("stand", stampOn(shownAgain))).as("sent again from the page with the conflict")
			.flash()
			.containsEntry("success", "secondFactor.team.optionalNow");
		assertThat(secondFactors.isRequiredOf(Role.COUNSELLOR, provider)).isFalse();
	}

	@Test
	void theCoordinatorsRequireItOfOneAnother() {
		MockHttpSession coordinator = password(COORDINATOR, "/");
		try {
			mvc.post()
				.uri("/koordination/sicherheit")
				.param("required", "true")
				.session(coordinator)
				.with(csrf())
				.exchange();
			assertThat(mvc.get().uri("/koordination/sicherheit").session(coordinator)).bodyText()
				.contains("Koordinatorinnen und Koordinatoren verlangen");
			password(COORDINATOR, "/anmelden/zweiter-faktor");
			password(COUNSELLOR_1, "/");
		}
		finally {
			mvc.post().uri("/koordination/sicherheit").session(coordinator).with(csrf()).exchange();
		}
		password(COORDINATOR, "/");
	}

	@Test
	void theDemoAccountsSignInWithThePasswordAlone() {
		for (String demo : List.of(COORDINATOR, ADMIN_1, COUNSELLOR_1, COUNSELLOR_2, FAMILY_1)) {
			MockHttpSession session = password(demo, "/");
			assertThat(mvc.get().uri("/").session(session)).hasStatus(302).redirectedUrl().doesNotContain("faktor");
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from user_account where email like '%.example' and email not like '%@test.example' "
						+ "and totp_secret is not null",
				Long.class))
			.isZero();
	}

	/**
	 * A client address of this test class's own, so its failed codes block nobody else.
	 */
	private static RequestPostProcessor client() {
		return request -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		};
	}

	/** Signed in with password and code (the requirement applies to the Leitung too). */
	private RequestPostProcessor signedInWithBothFactors(String email) {
		UserDetails details = userDetailsService.loadUserByUsername(email);
		List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority("FACTOR_TOTP"));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
	}

	private long newProvider() {
		return providers
			.create(new ProviderData(unique("Zwei-Faktor-Träger"), "Hagen", "z@z.example", null, List.of()));
	}

	private String lead(long provider) {
		String email = uniqueEmail("zf-leitung");
		accounts.provision(email, "Zwei Faktor Leitung", Role.PROVIDER_ADMIN, provider, PASSWORD);
		return email;
	}

	private String counsellor(long provider) {
		String email = uniqueEmail("zf-fachberatung");
		accounts.provision(email, "Zwei Faktor Fachberatung", Role.COUNSELLOR, provider, PASSWORD);
		return email;
	}

	private MockHttpSession password(String email, String expectedTarget) {
		MvcTestResult result = mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", email.endsWith("@test.example") ? PASSWORD : DEMO_PASSWORD)
			.with(csrf())
			.with(client())
			.exchange();
		assertThat(result).redirectedUrl().isEqualTo(expectedTarget);
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** Sets the second factor up of one's own accord; returns the secret. */
	private String setUp(MockHttpSession session) {
		String secret = pendingSecret(session);
		assertThat(confirm(session, secret)).hasStatusOk().bodyText().contains("Der zweite Faktor ist eingerichtet");
		assertThat(session.getAttribute("portal.secondFactor.pendingSecret")).isNull();
		return secret;
	}

	private String pendingSecret(MockHttpSession session) {
		assertThat(mvc.get().uri("/konto/zweiter-faktor").session(session)).hasStatusOk()
			.bodyText()
			.contains("Zweiten Faktor einrichten")
			.doesNotContain("vorgeschrieben");
		return (String) session.getAttribute("portal.secondFactor.pendingSecret");
	}

	/** A wrong code first (refused at the field), then the right one. */
	private MvcTestResult confirm(MockHttpSession session, String secret) {
		assertThat(mvc.post().uri("/konto/zweiter-faktor").param("code", "12345").session(session).with(csrf()))
			.bodyText()
			.contains("Der Code stimmt nicht");
		return mvc.post()
			.uri("/konto/zweiter-faktor")
			.param("code", totp(secret, clock.instant()))
			.session(session)
			.with(csrf())
			.exchange();
	}

	private MvcTestResult code(MockHttpSession session, String code) {
		return mvc.post()
			.uri("/anmelden/zweiter-faktor")
			.param("code", code)
			.session(session)
			.with(csrf())
			.with(client())
			.exchange();
	}

	/**
	 * The codes of the page's list, each in the codes' form. Before, every match of that
	 * form anywhere on the page counted, and CI once found eleven (not reproduced: the
	 * page holds a CSRF token in URL-safe Base64, which can take that form, though
	 * rarely).
	 */
	private static List<String> recoveryCodes(MvcTestResult page) throws Exception {
		assertThat(page).hasStatusOk();
		List<String> codes = HtmlForm.parse(page.getResponse().getContentAsString())
			.select("#wiederherstellungscodes li")
			.eachText();
		assertThat(codes).allMatch(code -> RECOVERY.matcher(code).matches());
		return codes;
	}

	static String totp(String secret, Instant at) {
		return Totp.code(secret, at);
	}

}
