package de.pflegeverbund.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: run it on purpose with
 * {@code ./mvnw test -Dtest=VisitBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It
 * loads network-scale data, signs in as the demo counsellor of Träger 1 over real HTTP
 * and measures the home page "Meine Familien" and saving a visit (sequential requests
 * after a warm-up). The figures go to {@code target/benchmark/visits.md}.
 */
class VisitBenchmark extends PortalIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void counsellorHomeAndSavingAVisitAtNetworkScale() throws Exception {
		String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
				COUNSELLOR_1);
		long loadStarted = System.nanoTime();
		String rows = NetworkScaleData.load(jdbc, hash);
		long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;

		BrowserlessSession session = new BrowserlessSession(port).login(COUNSELLOR_1, DEMO_PASSWORD);
		long family = jdbc.queryForObject("""
				select min(a.family_id) from counsellor_assignment a join user_account u on u.id = a.counsellor_id
				where u.email = ? and a.ended_on is null""", Long.class, COUNSELLOR_1);

		Measurement home = Measurement.of("GET /fachberatung", () -> session.get("/fachberatung"));
		Measurement save = Measurement.of("POST /familien/{id}/kontakte", () -> {
			String form = session.get("/familien/" + family + "/kontakte/neu").body();
			return session.post("/familien/" + family + "/kontakte", csrf(form),
					"submissionKey=" + UUID.randomUUID() + "&occurredAt="
							+ LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(1).withNano(0).withSecond(0)
							+ "&durationMinutes=45&kind=HOME_VISIT&childSpokenAlone=true&topics=Benchmark");
		});

		String report = """
				# Visit benchmark (network scale)

				Data: %s (generated in %d ms).
				Sequential requests over HTTP on localhost after %d warm-up requests; %d measured each.

				| request | p50 ms | p95 ms | p99 ms | max ms | requests/s |
				|---|---|---|---|---|---|
				%s
				%s
				""".formatted(rows, loadMillis, Measurement.WARM_UP, Measurement.MEASURED, home.row(), save.row());
		Path out = Path.of("target/benchmark/visits.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(home.samples()).hasSize(Measurement.MEASURED);
	}

	private static String csrf(String html) {
		int at = html.indexOf("name=\"_csrf\" value=\"");
		return html.substring(at + 20, html.indexOf('"', at + 20));
	}

}
