package de.pflegeverbund.account;

import java.time.Instant;
import java.sql.Timestamp;

import de.pflegeverbund.support.PortalIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class StaffAdministrationTests extends PortalIntegrationTest {

	private static final String PASSWORD = "Hausbesuch am Dienstag um neun";

	@Test
	void leitungInvitesCounsellorWhoSetsPasswordOnceAndSignsIn() throws Exception {
		String email = uniqueEmail("Neue.Fachberatung");
		assertThat(invite(ADMIN_1, email, "Nora Neu", "COUNSELLOR")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/verwaltung/mitarbeitende");

		MimeMessage mail = mailsTo(email).get(0);
		assertThat(mail.getSubject()).contains("Einladung").contains("Pflegekinderdienst Westfalen-Mitte");
		assertThat((String) mail.getContent()).contains("Guten Tag Nora Neu").contains("72 Stunden");
		assertThat(mvc.get().uri("/verwaltung/mitarbeitende").with(as(ADMIN_1))).bodyText()
			.contains(email)
			.contains("eingeladen");
		String token = tokenFromLastMailTo(email);

		assertThat(mvc.get().uri("/konto/passwort/" + token)).bodyText().contains(email);
		assertThat(setPassword(token, PASSWORD, PASSWORD)).redirectedUrl().isEqualTo("/login");
		assertThat(signIn(email, PASSWORD)).isNotNull();
		assertThat(mvc.get().uri("/fachberatung").with(as(email))).hasStatusOk();

		MvcTestResult reuse = setPassword(token, "ein anderes langes Passwort", "ein anderes langes Passwort");
		assertThat(reuse).hasStatusOk();
		assertThat(reuse).bodyText().contains("bereits verwendet");
		assertThat(signIn(email, PASSWORD)).isNotNull();
	}

	@Test
	void expiredInvitationIsRefused() throws Exception {
		String email = uniqueEmail("spaet");
		invite(ADMIN_1, email, "Sven Spät", "COUNSELLOR").exchange();
		String token = tokenFromLastMailTo(email);
		jdbc.update(
				"update one_time_token set expires_at = ? where account_id = "
						+ "(select id from user_account where email = ?)",
				Timestamp.from(Instant.now().minusSeconds(1)), email);

		assertThat(mvc.get().uri("/konto/passwort/" + token)).bodyText().contains("Dieser Link ist abgelaufen");
		assertThat(setPassword(token, PASSWORD, PASSWORD)).bodyText().contains("Dieser Link ist abgelaufen");
		assertThat(jdbc.queryForObject("select password_hash is null from user_account where email = ?", Boolean.class,
				email))
			.isTrue();
	}

	@Test
	void unknownLinkIsRefused() {
		assertThat(mvc.get().uri("/konto/passwort/erfunden")).bodyText().contains("Dieser Link ist ungültig");
	}

	@Test
	void invitationWithBadInputShowsMessagesAndKeepsInput() {
		long before = jdbc.queryForObject("select count(*) from user_account", Long.class);
		MvcTestResult invalid = invite(ADMIN_1, "kein-at-zeichen", "Karl Klar", "COUNSELLOR").exchange();
		assertThat(invalid).hasStatusOk();
		assertThat(invalid).bodyText()
			.contains("Bitte geben Sie eine gültige E-Mail-Adresse an")
			.contains("value=\"Karl Klar\"");
		MvcTestResult duplicate = invite(ADMIN_1, COUNSELLOR_2.toUpperCase(), "Doppelt", "COUNSELLOR").exchange();
		assertThat(duplicate).bodyText().contains("Für diese E-Mail-Adresse gibt es bereits einen Zugang.");
		MvcTestResult wrongRole = invite(ADMIN_1, uniqueEmail("rolle"), "Rolle", "COORDINATOR").exchange();
		assertThat(wrongRole).bodyText().contains("Bitte wählen Sie eine Rolle.");
		MvcTestResult noName = invite(ADMIN_1, uniqueEmail("ohne"), "  ", "COUNSELLOR").exchange();
		assertThat(noName).bodyText().contains("Bitte geben Sie einen Namen an.");
		assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(before);
	}

	@Test
	void mismatchedAndCommonPasswordsAreRefused() throws Exception {
		String email = uniqueEmail("schwach");
		invite(ADMIN_1, email, "Wanda Weak", "COUNSELLOR").exchange();
		String token = tokenFromLastMailTo(email);
		assertThat(setPassword(token, "kurz", "kurz")).bodyText()
			.contains("Das Passwort muss zwischen 12 und 128 Zeichen lang sein.");
		assertThat(setPassword(token, PASSWORD, PASSWORD + "x")).bodyText()
			.contains("Die beiden Passwörter stimmen nicht überein.");
		assertThat(setPassword(token, "1q2w3e4r5t6y", "1q2w3e4r5t6y")).bodyText().contains("zu verbreitet");
		assertThat(setPassword(token, "passwortpasswort", "passwortpasswort")).bodyText().contains("zu verbreitet");
		String tooLong = "a".repeat(60) + "Zebra" + "b".repeat(64);
		assertThat(setPassword(token, tooLong, tooLong)).bodyText()
			.contains("Das Passwort muss zwischen 12 und 128 Zeichen lang sein.");
		assertThat(jdbc.queryForObject("select password_hash is null from user_account where email = ?", Boolean.class,
				email))
			.isTrue();
		String longest = "Mein Pflegekind mag Giraffen, Zebras und Kakao ".repeat(3).substring(0, 128);
		assertThat(setPassword(token, longest, longest)).redirectedUrl().isEqualTo("/login");
		assertThat(jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email))
			.startsWith("{argon2@SpringSecurity_v5_8}");
	}

	@Test
	void deactivatingStaffEndsTheirSessionsAndReactivatingRestoresAccess() throws Exception {
		String email = uniqueEmail("geht");
		invite(ADMIN_1, email, "Greta Geht", "COUNSELLOR").exchange();
		setPassword(tokenFromLastMailTo(email), PASSWORD, PASSWORD);
		MockHttpSession session = signIn(email, PASSWORD);
		long id = accountId(email);

		assertThat(mvc.post().uri("/verwaltung/mitarbeitende/" + id + "/deaktivieren").with(as(ADMIN_1)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/fachberatung").session(session)).redirectedUrl().contains("/login?beendet");
		assertThat(mvc.post().uri("/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.redirectedUrl()
			.isEqualTo("/login?fehler");

		mvc.post().uri("/verwaltung/mitarbeitende/" + id + "/aktivieren").with(as(ADMIN_1)).with(csrf()).exchange();
		assertThat(signIn(email, PASSWORD)).isNotNull();
	}

	@Test
	void leitungCannotTouchStaffOfAnotherProvider() {
		long foreign = accountId(COUNSELLOR_2);
		for (String action : new String[] { "deaktivieren", "aktivieren", "erneut-einladen" }) {
			assertThat(mvc.post()
				.uri("/verwaltung/mitarbeitende/" + foreign + "/" + action)
				.with(as(ADMIN_1))
				.with(csrf())).hasStatus(404);
		}
		assertThat(mvc.post().uri("/verwaltung/mitarbeitende/999999/deaktivieren").with(as(ADMIN_1)).with(csrf()))
			.hasStatus(404);
		assertThat(jdbc.queryForObject("select active from user_account where email = ?", Boolean.class, COUNSELLOR_2))
			.isTrue();
		assertThat(mvc.get().uri("/verwaltung/mitarbeitende").with(as(ADMIN_1))).bodyText()
			.doesNotContain(COUNSELLOR_2);
	}

	@Test
	void leitungCannotDeactivateThemselves() {
		long self = accountId(ADMIN_1);
		assertThat(mvc.post().uri("/verwaltung/mitarbeitende/" + self + "/deaktivieren").with(as(ADMIN_1)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select active from user_account where id = ?", Boolean.class, self)).isTrue();
	}

	@Test
	void resendingAnInvitationVoidsTheEarlierLink() throws Exception {
		String email = uniqueEmail("nochmal");
		invite(ADMIN_1, email, "Nils Nochmal", "COUNSELLOR").exchange();
		String first = tokenFromLastMailTo(email);
		assertThat(mvc.post()
			.uri("/verwaltung/mitarbeitende/" + accountId(email) + "/erneut-einladen")
			.with(as(ADMIN_1))
			.with(csrf())).hasStatus3xxRedirection();
		String second = tokenFromLastMailTo(email);
		assertThat(second).isNotEqualTo(first);
		assertThat(mvc.get().uri("/konto/passwort/" + first)).bodyText().contains("bereits verwendet");
		assertThat(setPassword(second, PASSWORD, PASSWORD)).redirectedUrl().isEqualTo("/login");
	}

	@Test
	void coordinatorInvitesTheLeitungOfAProvider() throws Exception {
		long provider2 = providerIdOf(COUNSELLOR_2);
		String email = uniqueEmail("leitung2");
		assertThat(mvc.post()
			.uri("/koordination/traeger/" + provider2 + "/leitung/einladen")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("displayName", "Lina Leitung")
			.param("email", email)).hasStatus3xxRedirection();
		setPassword(tokenFromLastMailTo(email), PASSWORD, PASSWORD);
		signIn(email, PASSWORD);
		assertThat(mvc.get().uri("/verwaltung/mitarbeitende").with(as(email))).bodyText().contains(COUNSELLOR_2);
		assertThat(mvc.get().uri("/koordination/traeger/" + provider2 + "/leitung").with(as(COORDINATOR))).bodyText()
			.contains(email);
		// an account of another Träger cannot be managed through this Träger's page
		long provider1 = providerIdOf(ADMIN_1);
		assertThat(mvc.post()
			.uri("/koordination/traeger/" + provider1 + "/leitung/" + accountId(email) + "/deaktivieren")
			.with(as(COORDINATOR))
			.with(csrf())).hasStatus(404);
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder invite(String inviter,
			String email, String name, String role) {
		return mvc.post()
			.uri("/verwaltung/mitarbeitende/einladen")
			.with(as(inviter))
			.with(csrf())
			.param("displayName", name)
			.param("email", email)
			.param("role", role);
	}

	private MvcTestResult setPassword(String token, String password, String confirmation) {
		return mvc.post()
			.uri("/konto/passwort/" + token)
			.with(csrf())
			.param("password", password)
			.param("confirmation", confirmation)
			.exchange();
	}

	private long accountId(String email) {
		return jdbc.queryForObject("select id from user_account where lower(email) = lower(?)", Long.class, email);
	}

}
