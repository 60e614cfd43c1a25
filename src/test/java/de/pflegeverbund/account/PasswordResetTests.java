package de.pflegeverbund.account;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class PasswordResetTests extends PortalIntegrationTest {

	@Autowired
	AccountManagement accounts;

	@Test
	void resetLinkLetsTheUserChooseANewPassword() throws Exception {
		String email = uniqueEmail("vergesslich");
		accounts.provision(email, "Vera Vergesslich", Role.COUNSELLOR, providerIdOf(ADMIN_1),
				"das alte lange Passwort");

		MvcTestResult request = requestReset(email.toUpperCase());
		assertThat(request).redirectedUrl().isEqualTo("/login");
		assertThat(request).flash().containsKey("success");
		String token = tokenFromLastMailTo(email);
		assertThat((String) mailsTo(email).get(0).getContent()).contains("Guten Tag Vera Vergesslich");

		assertThat(mvc.post()
			.uri("/konto/passwort/" + token)
			.with(csrf())
			.param("password", "Kakao trinken im Garten")
			.param("confirmation", "Kakao trinken im Garten")).redirectedUrl().isEqualTo("/login");

		assertThat(mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", email)
			.param("password", "das alte lange Passwort")).redirectedUrl().isEqualTo("/login?fehler");
		assertThat(mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", email)
			.param("password", "Kakao trinken im Garten")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String unknown = uniqueEmail("niemand");
		MvcTestResult result = requestReset(unknown);
		assertThat(result).redirectedUrl().isEqualTo("/login");
		assertThat(result).flash().containsEntry("success", "account.forgot.sent");
		Thread.sleep(300);
		assertThat(MAIL.getReceivedMessages()).isEmpty();
	}

	@Test
	void invalidAddressIsRefusedAtTheField() {
		MvcTestResult result = requestReset("kein@punkt");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("Bitte geben Sie eine gültige E-Mail-Adresse an").contains("kein@punkt");
	}

	private MvcTestResult requestReset(String email) {
		return mvc.post().uri("/passwort-vergessen").with(csrf()).param("email", email).exchange();
	}

}
