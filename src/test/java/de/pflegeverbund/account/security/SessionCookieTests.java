package de.pflegeverbund.account.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: the session cookie is HttpOnly and SameSite, and Secure (with HSTS)
 * when the request came over TLS through the reverse proxy; after signing out, a page
 * seen before is not served again (it was not stored, and the session is gone).
 */
class SessionCookieTests extends PortalIntegrationTest {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> loginPage(boolean viaTls) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET();
		if (viaTls) {
			request.header("X-Forwarded-Proto", "https");
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
	}

	@Test
	void theSessionCookieIsHttpOnlySameSiteAndSecureBehindTls() throws Exception {
		String plain = sessionCookie(loginPage(false));
		assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		HttpResponse<String> tls = loginPage(true);
		assertThat(sessionCookie(tls)).contains("HttpOnly", "SameSite=Lax", "Secure");
		assertThat(tls.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(v -> assertThat(v).contains("max-age"));
	}

	@Test
	void afterSigningOutAPageSeenBeforeIsNotServedAgain() {
		BrowserlessSession family = new BrowserlessSession(port).login(FAMILY_1, DEMO_PASSWORD);
		HttpResponse<String> home = family.get("/familie");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		String csrf = home.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		assertThat(family.post("/logout", csrf, "x=1").statusCode()).isEqualTo(302);
		HttpResponse<String> again = family.get("/familie");
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
	}

}
