package de.pflegeverbund.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

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

	private static final int WARM_UP = 50;

	private static final int MEASURED = 300;

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

		Result home = measure("GET /fachberatung", () -> session.get("/fachberatung"));
		Result save = measure("POST /familien/{id}/kontakte", () -> {
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
				""".formatted(rows, loadMillis, WARM_UP, MEASURED, home.row(), save.row());
		Path out = Path.of("target/benchmark/visits.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(home.samples()).hasSize(MEASURED);
	}

	private static String csrf(String html) {
		int at = html.indexOf("name=\"_csrf\" value=\"");
		return html.substring(at + 20, html.indexOf('"', at + 20));
	}

	private Result measure(String name, Supplier<HttpResponse<String>> request) {
		for (int i = 0; i < WARM_UP; i++) {
			check(request.get());
		}
		List<Double> samples = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < MEASURED; i++) {
			long t0 = System.nanoTime();
			check(request.get());
			samples.add((System.nanoTime() - t0) / 1_000_000.0);
		}
		double seconds = (System.nanoTime() - started) / 1_000_000_000.0;
		Collections.sort(samples);
		return new Result(name, samples, MEASURED / seconds);
	}

	private static void check(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri().toString()).isBetween(200, 399);
	}

	record Result(String name, List<Double> samples, double throughput) {

		String row() {
			return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.0f |", name, percentile(50),
					percentile(95), percentile(99), samples.get(samples.size() - 1), throughput);
		}

		double percentile(int p) {
			return samples.get(Math.min(samples.size() - 1, (int) Math.ceil(p / 100.0 * samples.size()) - 1));
		}

	}

}
