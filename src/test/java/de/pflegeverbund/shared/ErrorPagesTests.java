package de.pflegeverbund.shared;

import java.net.http.HttpResponse;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTests extends PortalIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void unknownRouteIsAGerman404ForEverybody() {
		HttpResponse<String> anonymous = new BrowserlessSession(port).get("/gibt-es-nicht");
		assertThat(anonymous.statusCode()).isEqualTo(404);
		assertThat(anonymous.body()).contains("<html lang=\"de\"").contains("Seite nicht gefunden");

		HttpResponse<String> signedIn = new BrowserlessSession(port).login(COUNSELLOR_1, DEMO_PASSWORD)
			.get("/gibt/es/auch/nicht");
		assertThat(signedIn.statusCode()).isEqualTo(404);
		assertThat(signedIn.body()).contains("Seite nicht gefunden").contains("Abmelden");
	}

	@Test
	void unknownRecordIsA404Page() {
		HttpResponse<String> response = new BrowserlessSession(port).login(COORDINATOR, DEMO_PASSWORD)
			.get("/koordination/traeger/987654");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Seite nicht gefunden");
	}

	@Test
	void wrongRoleGetsAGerman403() {
		HttpResponse<String> response = new BrowserlessSession(port).login(COUNSELLOR_1, DEMO_PASSWORD)
			.get("/koordination/traeger");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Kein Zugriff");
	}

	@Test
	void unexpectedFailureIsAGerman500WithoutDetails() {
		HttpResponse<String> response = new BrowserlessSession(port).login(COUNSELLOR_1, DEMO_PASSWORD)
			.get("/test/fehler");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Ein Fehler ist aufgetreten")
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret detail")
			.doesNotContain("at de.pflegeverbund");
	}

	@Test
	void healthShowsTheStatusOnly() {
		HttpResponse<String> health = new BrowserlessSession(port).get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(new BrowserlessSession(port).get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(new BrowserlessSession(port).login(COORDINATOR, DEMO_PASSWORD).get("/actuator/beans").statusCode())
			.isEqualTo(404);
	}

	@Test
	void anonymousVisitorOfAPageIsSentToTheLogin() {
		HttpResponse<String> response = new BrowserlessSession(port).get("/koordination/traeger");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

}
