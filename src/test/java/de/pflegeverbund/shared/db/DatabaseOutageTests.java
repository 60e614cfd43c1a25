package de.pflegeverbund.shared.db;

import java.io.Closeable;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import de.pflegeverbund.PortalApplication;
import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped for 30 s under load, then started again: meanwhile every request
 * fails within 3 s with the German 503 page and health reports DOWN; within 10 s of the
 * database's return the portal serves again by itself (the signed-in user still signed
 * in); every visit acknowledged before the outage is there, and a visit refused during it
 * is stored once when sent again. The portal runs with its own PostgreSQL here, so that
 * stopping it does not disturb the other tests.
 */
class DatabaseOutageTests extends PortalIntegrationTest {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	record Outcome(String path, long startedMillis, int status, long millis, String body) {
	}

	@Test
	void theDatabaseGoesAwayForThirtySecondsAndComesBack() throws Exception {
		Path dataDir = Files.createTempDirectory("portal-outage-");
		int dbPort = freePort();
		EmbeddedPostgresServer.Running database = EmbeddedPostgresServer.start(dataDir, false, dbPort);
		ConfigurableApplicationContext portal = null;
		try {
			portal = new SpringApplicationBuilder(PortalApplication.class).profiles("test", "demo")
				.run("--server.port=0", "--spring.autoconfigure.exclude=",
						"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
						"--spring.datasource.password=", "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + MAIL.getSmtp().getPort());
			int port = Integer.parseInt(portal.getEnvironment().getRequiredProperty("local.server.port"));
			String base = "http://localhost:" + port;
			BrowserlessSession counsellor = new BrowserlessSession(port).login(COUNSELLOR_1, DEMO_PASSWORD);
			long family = familyOf(database.jdbcUrl());
			String csrf = BrowserlessSession.csrfOf(counsellor.get("/familien/" + family + "/kontakte/neu"));

			List<String> acknowledged = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				String key = UUID.randomUUID().toString();
				assertThat(counsellor.post("/familien/" + family + "/kontakte", csrf, visit(key)).statusCode())
					.isEqualTo(302);
				acknowledged.add(key);
			}

			// load: the counsellor's home page and the public interest form, without
			// pause
			AtomicBoolean running = new AtomicBoolean(true);
			ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
			String cookie = counsellor.cookieHeader();
			List<Thread> load = new ArrayList<>();
			for (String path : List.of("/fachberatung", "/interesse", "/fachberatung")) {
				Thread thread = new Thread(() -> {
					while (running.get()) {
						outcomes.add(get(base, path, cookie));
					}
				});
				thread.start();
				load.add(thread);
			}
			Thread.sleep(1000);

			database.server().close();
			long stoppedAt = System.currentTimeMillis();
			Thread.sleep(1500);
			// a visit sent during the outage
			String refusedKey = UUID.randomUUID().toString();
			HttpResponse<String> refused = counsellor.post("/familien/" + family + "/kontakte", csrf,
					visit(refusedKey));
			assertThat(refused.statusCode()).isEqualTo(503);
			HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
			Thread.sleep(Math.max(0, 30_000 - (System.currentTimeMillis() - stoppedAt)));

			// the database accepts connections before start() returns: the outage ends
			// when its start begins
			long restartingAt = System.currentTimeMillis();
			database = EmbeddedPostgresServer.start(dataDir, false, dbPort);
			long restartedAt = System.currentTimeMillis();
			long recoveredAt = -1;
			int served = 0;
			while (System.currentTimeMillis() - restartedAt < 15_000) {
				// recovered: three times in a row the page is served and the health check
				// says UP (connections the database closed leave the pool as they are
				// tried)
				Outcome probe = get(base, "/fachberatung", cookie);
				Outcome healthProbe = get(base, "/actuator/health", cookie);
				served = (probe.status() == 200 && healthProbe.body().contains("UP")) ? served + 1 : 0;
				if (served == 3) {
					recoveredAt = System.currentTimeMillis();
					break;
				}
				Thread.sleep(100);
			}
			running.set(false);
			for (Thread thread : load) {
				thread.join(10_000);
			}

			assertThat(recoveredAt).as("the portal serves again").isPositive();
			assertThat(recoveredAt - restartedAt).as("recovered within 10 s of the database's return")
				.isLessThan(10_000);
			List<Outcome> duringOutage = outcomes.stream()
				.filter(o -> o.startedMillis() >= stoppedAt + 1000 && o.startedMillis() + o.millis() < restartingAt)
				.toList();
			assertThat(duringOutage).as("requests during the outage").hasSizeGreaterThan(10);
			assertThat(duringOutage).allSatisfy(o -> {
				assertThat(o.millis()).as(o.path()).isLessThan(3000);
				if (o.path().equals("/fachberatung") || o.status() != 200) {
					// a page that needs no database may still be served
					assertThat(o.status()).as(o.path()).isEqualTo(503);
					assertThat(o.body()).contains("lang=\"de\"", "vorübergehend nicht erreichbar")
						.doesNotContain("Exception", "at de.pflegeverbund", "at org.");
				}
			});
			assertThat(outcomes).noneMatch(o -> o.status() >= 500 && o.status() != 503);

			for (String key : acknowledged) {
				assertThat(storedVisits(database.jdbcUrl(), key)).as("acknowledged visit " + key).isEqualTo(1);
			}
			assertThat(storedVisits(database.jdbcUrl(), refusedKey)).isZero();
			// the counsellor sends the refused visit again, as the 503 page asks: right
			// after the return the pool may still be adding connections (HikariCP waits
			// up
			// to 5 s between attempts while the database is away), so a sending may be
			// refused once more, but not after the 10 s of the requirement
			List<String> attempts = new ArrayList<>();
			int status = -1;
			while (status != 302 && System.currentTimeMillis() - restartedAt < 10_000) {
				HttpResponse<String> form = counsellor.get("/familien/" + family + "/kontakte/neu");
				status = form.statusCode();
				if (status == 200) {
					status = counsellor
						.post("/familien/" + family + "/kontakte", BrowserlessSession.csrfOf(form), visit(refusedKey))
						.statusCode();
				}
				attempts.add((System.currentTimeMillis() - restartedAt) + " ms: " + status);
				if (status != 302) {
					Thread.sleep(250);
				}
			}
			assertThat(status).as("the refused visit sent again after the return: %s", attempts).isEqualTo(302);
			String freshCsrf = BrowserlessSession.csrfOf(counsellor.get("/familien/" + family + "/kontakte/neu"));
			assertThat(counsellor.post("/familien/" + family + "/kontakte", freshCsrf, visit(refusedKey)).statusCode())
				.isEqualTo(302);
			assertThat(storedVisits(database.jdbcUrl(), refusedKey)).isEqualTo(1);
		}
		finally {
			if (portal != null) {
				portal.close();
			}
			close(database.server());
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private Outcome get(String base, String path, String cookie) {
		long started = System.currentTimeMillis();
		try {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Cookie", cookie)
				.timeout(Duration.ofSeconds(20))
				.build(), HttpResponse.BodyHandlers.ofString());
			return new Outcome(path, started, response.statusCode(), System.currentTimeMillis() - started,
					response.body());
		}
		catch (Exception ex) {
			return new Outcome(path, started, -1, System.currentTimeMillis() - started, ex.toString());
		}
	}

	private static String visit(String key) {
		String at = LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(2).withSecond(0).withNano(0).toString();
		return "submissionKey=" + key + "&occurredAt=" + URLEncoder.encode(at, StandardCharsets.UTF_8)
				+ "&durationMinutes=30&kind=PHONE&childSpokenAlone=false&topics=Ausfall";
	}

	private static long familyOf(String url) throws Exception {
		try (Connection c = DriverManager
			.getConnection(url, "postgres", ""); PreparedStatement s = c.prepareStatement("""
					select a.family_id from counsellor_assignment a join user_account u on u.id = a.counsellor_id
					where u.email = ? and a.kind = 'PRIMARY' and a.ended_on is null order by a.family_id limit 1""")) {
			s.setString(1, COUNSELLOR_1);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static long storedVisits(String url, String key) throws Exception {
		try (Connection c = DriverManager.getConnection(url, "postgres", "");
				PreparedStatement s = c.prepareStatement("select count(*) from visit where submission_key = ?::uuid")) {
			s.setString(1, key);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static int freePort() throws java.io.IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void close(Closeable server) {
		try {
			server.close();
		}
		catch (Exception ex) {
			// already stopped
		}
	}

}
