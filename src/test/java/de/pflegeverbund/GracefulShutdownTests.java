package de.pflegeverbund;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutting an instance down while it works (server.shutdown=graceful): a request in
 * flight is answered, and of twenty visits being saved at that moment each one is either
 * stored and acknowledged, or not acknowledged — and then sending the same form again (to
 * another instance) stores it exactly once.
 */
class GracefulShutdownTests extends PortalIntegrationTest {

	@LocalServerPort
	int port;

	/** A page that takes its time (only in this test's instance). */
	@RestController
	static class SlowPage {

		@GetMapping("/test/langsam")
		String slow(@RequestParam long millis) throws InterruptedException {
			Thread.sleep(millis);
			return "fertig";
		}

	}

	@Test
	void requestsInFlightAreAnsweredAndEveryVisitIsStoredOnceOrClearlyNot() throws Exception {
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(PortalApplication.class, SlowPage.class)
			.profiles("test", "demo")
			.run("--server.port=0", "--spring.autoconfigure.exclude=", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + MAIL.getSmtp().getPort());
		int instancePort = Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
		long family = jdbc.queryForObject("""
				select a.family_id from counsellor_assignment a join user_account u on u.id = a.counsellor_id
				where u.email = ? and a.kind = 'PRIMARY' and a.ended_on is null order by a.family_id limit 1""",
				Long.class, COUNSELLOR_1);
		BrowserlessSession counsellor = new BrowserlessSession(instancePort).login(COUNSELLOR_1, DEMO_PASSWORD);
		String csrf = BrowserlessSession.csrfOf(counsellor.get("/familien/" + family + "/kontakte/neu"));
		String cookie = counsellor.cookieHeader();

		HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
				HttpRequest.newBuilder(URI.create("http://localhost:" + instancePort + "/test/langsam?millis=2000"))
					.header("Cookie", cookie)
					.build(),
				HttpResponse.BodyHandlers.ofString());
		List<String> keys = new ArrayList<>();
		List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String key = UUID.randomUUID().toString();
			keys.add(key);
			saves.add(client.sendAsync(HttpRequest
				.newBuilder(URI.create("http://localhost:" + instancePort + "/familien/" + family + "/kontakte"))
				.header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(key, csrf)))
				.build(), HttpResponse.BodyHandlers.ofString()));
			if (i == 10) {
				Thread.sleep(300);
				CompletableFuture.runAsync(instance::close);
			}
		}

		HttpResponse<String> slowAnswer = slow.get(60, TimeUnit.SECONDS);
		assertThat(slowAnswer.statusCode()).isEqualTo(200);
		assertThat(slowAnswer.body()).isEqualTo("fertig");
		long closeWait = System.nanoTime();
		while (instance.isActive() && System.nanoTime() - closeWait < 60_000_000_000L) {
			Thread.sleep(100);
		}
		assertThat(instance.isActive()).isFalse();

		BrowserlessSession elsewhere = new BrowserlessSession(port).login(COUNSELLOR_1, DEMO_PASSWORD);
		String elsewhereCsrf = BrowserlessSession.csrfOf(elsewhere.get("/familien/" + family + "/kontakte/neu"));
		int acknowledged = 0;
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			boolean stored = stored(key) == 1;
			HttpResponse<String> answer = answer(saves.get(i));
			if (answer != null && answer.statusCode() == 302) {
				acknowledged++;
				assertThat(stored).as("acknowledged visit " + i + " is stored").isTrue();
			}
			else {
				// not acknowledged: the user sends the form again
				assertThat(elsewhere.post("/familien/" + family + "/kontakte", elsewhereCsrf, form(key, null))
					.statusCode()).isEqualTo(302);
			}
			assertThat(stored(key)).as("visit " + i + " stored exactly once").isEqualTo(1);
		}
		assertThat(acknowledged).as("the saves sent before the shutdown began were acknowledged").isPositive();
	}

	private long stored(String key) {
		return jdbc.queryForObject("select count(*) from visit where submission_key = ?::uuid", Long.class, key);
	}

	private static HttpResponse<String> answer(CompletableFuture<HttpResponse<String>> save) {
		try {
			return save.get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// connection refused or closed: no answer
			return null;
		}
	}

	private static String form(String key, String csrf) {
		String at = LocalDateTime.now(BERLIN).minusHours(1).withSecond(0).withNano(0).toString();
		String form = "submissionKey=" + key + "&occurredAt=" + encode(at)
				+ "&durationMinutes=45&kind=HOME_VISIT&childSpokenAlone=true&topics=" + encode("Herunterfahren");
		return (csrf != null) ? form + "&_csrf=" + encode(csrf) : form;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
