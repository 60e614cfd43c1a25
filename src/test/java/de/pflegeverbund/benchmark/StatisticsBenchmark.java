package de.pflegeverbund.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: run it on purpose with
 * {@code ./mvnw test -Dtest=StatisticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (national scale) or add {@code -Dportal.benchmark.scale=NETWORK}. It generates the data
 * with {@link ScaleData}, then measures over real HTTP the coordinator's dashboard (the
 * first request computes the figures, the following ones reuse them for
 * {@code portal.statistics.cache-ttl}), a drill-down, the Leitung's dashboard and the CSV
 * export. The figures go to {@code target/benchmark/statistics.md}.
 */
class StatisticsBenchmark extends PortalIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void dashboardsAtScale() throws Exception {
		ScaleData.Scale scale = ScaleData.Scale.valueOf(System.getProperty("portal.benchmark.scale", "NATIONAL"));
		String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
				COORDINATOR);
		long loadStarted = System.nanoTime();
		String rows = ScaleData.load(jdbc, scale, hash);
		long loadSeconds = (System.nanoTime() - loadStarted) / 1_000_000_000;

		BrowserlessSession coordinator = new BrowserlessSession(port).login(COORDINATOR, DEMO_PASSWORD);
		long t0 = System.nanoTime();
		assertThat(coordinator.get("/koordination/statistik").statusCode()).isEqualTo(200);
		double firstMillis = (System.nanoTime() - t0) / 1_000_000.0;
		long providerId = jdbc.queryForObject("select min(id) from provider where name like 'Skalen-Träger %'",
				Long.class);
		Measurement dashboard = Measurement.of("GET /koordination/statistik (700 rows, figures reused)",
				() -> coordinator.get("/koordination/statistik"));
		Measurement drillDown = Measurement.of("GET /koordination/statistik/traeger/{id}",
				() -> coordinator.get("/koordination/statistik/traeger/" + providerId));
		Measurement csv = Measurement.of("GET /koordination/statistik/export.csv",
				() -> coordinator.get("/koordination/statistik/export.csv"));
		BrowserlessSession lead = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		Measurement own = Measurement.of("GET /leitung/statistik (per counsellor)",
				() -> lead.get("/leitung/statistik"));
		Measurement compliance = Measurement.of("GET /koordination/qualitaet (supervision share of every Träger)",
				() -> coordinator.get("/koordination/qualitaet"));
		Measurement quality = Measurement.of("GET /leitung/qualitaet (hours per counsellor)",
				() -> lead.get("/leitung/qualitaet"));

		String report = """
				# Statistics benchmark (%s scale)

				Data: %s (generated in %d s).
				First request of the coordinator's dashboard (computes the figures of the current year and the
				five-year trend): %.0f ms.
				Then sequential requests over HTTP on localhost after %d warm-up requests; %d measured each.

				| request | p50 ms | p95 ms | p99 ms | max ms | requests/s |
				|---|---|---|---|---|---|
				%s
				%s
				%s
				%s
				%s
				%s
				""".formatted(scale.name().toLowerCase(Locale.ROOT), rows, loadSeconds, firstMillis,
				Measurement.WARM_UP, Measurement.MEASURED, dashboard.row(), drillDown.row(), csv.row(), own.row(),
				compliance.row(), quality.row());
		Path out = Path.of("target/benchmark/statistics-" + scale.name().toLowerCase(Locale.ROOT) + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(dashboard.samples()).hasSize(Measurement.MEASURED);
	}

}
