package de.pflegeverbund.account;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class LoginThrottleTests extends PortalIntegrationTest {

	@Test
	void accountIsBlockedAfterFiveFailuresEvenWithTheRightPassword() {
		String email = uniqueEmail("gesperrt");
		accounts().provision(email, "Gesa Gesperrt", Role.COUNSELLOR, providerIdOf(ADMIN_1), "richtig langes Passwort");
		for (int i = 0; i < 5; i++) {
			assertThat(login(email, "falsch " + i, "10.1.0." + i)).redirectedUrl().isEqualTo("/login?fehler");
		}
		assertThat(login(email, "richtig langes Passwort", "10.1.0.99")).redirectedUrl().isEqualTo("/login?gesperrt");
		assertThat(mvc.get().uri("/login?gesperrt")).bodyText().contains("Zu viele fehlgeschlagene Anmeldeversuche");
	}

	@Test
	void anAddressWithAControlCharacterIsAnUnknownAccount(org.springframework.boot.test.system.CapturedOutput output) {
		assertThat(login("leitung\u0000@traeger1.example", "falsch", "10.4.0.1")).redirectedUrl()
			.isEqualTo("/login?fehler");
		assertThat(output.getOut()).as("no internal error logged (PostgreSQL refuses NUL), found by fuzzing")
			.doesNotContain("InternalAuthenticationServiceException");
	}

	@Test
	void unknownAccountIsBlockedTheSameWay() {
		String unknown = uniqueEmail("unbekannt");
		for (int i = 0; i < 5; i++) {
			assertThat(login(unknown, "falsch " + i, "10.2.0." + i)).redirectedUrl().isEqualTo("/login?fehler");
		}
		assertThat(login(unknown, "falsch", "10.2.0.99")).redirectedUrl().isEqualTo("/login?gesperrt");
	}

	@Test
	void clientIsBlockedAfterTwentyFailuresAcrossAccounts() {
		String client = "10.3.0.1";
		for (int i = 0; i < 20; i++) {
			assertThat(login(uniqueEmail("sprayer"), "falsch", client)).redirectedUrl().isEqualTo("/login?fehler");
		}
		assertThat(login(COUNSELLOR_1, DEMO_PASSWORD, client)).redirectedUrl().isEqualTo("/login?gesperrt");
		assertThat(login(COUNSELLOR_1, DEMO_PASSWORD, "10.3.0.2")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void successfulSignInResetsTheAccountCounter() {
		String email = uniqueEmail("vertippt");
		accounts().provision(email, "Vera Vertippt", Role.COUNSELLOR, providerIdOf(ADMIN_1), "richtig langes Passwort");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				login(email, "falsch", "10.4." + round + "." + i);
			}
			assertThat(login(email, "richtig langes Passwort", "10.4." + round + ".99")).redirectedUrl().isEqualTo("/");
		}
	}

	private MvcTestResult login(String username, String password, String clientAddress) {
		return mvc.post()
			.uri("/login")
			.with(csrf())
			.with(from(clientAddress))
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private AccountManagement accounts() {
		return accounts;
	}

	@Autowired
	AccountManagement accounts;

}
