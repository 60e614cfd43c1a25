package de.pflegeverbund.benchmark;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: run it on purpose with
 * {@code ./mvnw test -Dtest=InquiryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It
 * loads national-scale Träger (700, each with four postal-code prefixes) and 70,000
 * inquiries, then measures over real HTTP: sending the public interest form (form shown,
 * filled, sent, routed by the longest prefix) and the Leitung's list and board. The
 * figures go to {@code target/benchmark/inquiries.md}. The bot checks are relaxed
 * (minimum fill time 0, no practical rate limit) because one client sends everything.
 */
@TestPropertySource(properties = { "portal.inquiry.min-fill-time=0s", "portal.inquiry.submissions-per-client=1000000" })
class InquiryBenchmark extends PortalIntegrationTest {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|token|submissionKey)\" value=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Test
	void interestFormAndPipelineAtNationalScale() throws Exception {
		long loadStarted = System.nanoTime();
		String rows = load();
		long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;

		BrowserlessSession visitor = new BrowserlessSession(port);
		Measurement showForm = Measurement.of("GET /interesse", () -> visitor.get("/interesse"));
		AtomicInteger sent = new AtomicInteger();
		Measurement submitWithMail = Measurement.of("GET + POST /interesse (routed, confirmation mail)",
				() -> send(visitor, sent.incrementAndGet(), true));
		Measurement submitPhoneOnly = Measurement.of("GET + POST /interesse (routed, phone only: no mail)",
				() -> send(visitor, sent.incrementAndGet(), false));
		BrowserlessSession lead = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		Measurement list = Measurement.of("GET /anfragen (Leitung, open, page 1)", () -> lead.get("/anfragen"));
		Measurement board = Measurement.of("GET /anfragen/tafel (Leitung, all)", () -> lead.get("/anfragen/tafel"));

		String report = """
				# Inquiry benchmark (national scale)

				Data: %s (generated in %d ms).
				Sequential requests over HTTP on localhost after %d warm-up requests; %d measured each.

				| request | p50 ms | p95 ms | p99 ms | max ms | requests/s |
				|---|---|---|---|---|---|
				%s
				%s
				%s
				%s
				%s
				""".formatted(rows, loadMillis, Measurement.WARM_UP, Measurement.MEASURED, showForm.row(),
				submitWithMail.row(), submitPhoneOnly.row(), list.row(), board.row());
		Path out = Path.of("target/benchmark/inquiries.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(submitWithMail.samples()).hasSize(Measurement.MEASURED);
	}

	/**
	 * Shows the form to the visitor, fills it in and sends it.
	 */
	static HttpResponse<String> send(BrowserlessSession visitor, int n, boolean withMail) {
		return send(visitor, n, withMail, 0);
	}

	/**
	 * As {@link #send(BrowserlessSession, int, boolean)}, sent the given milliseconds
	 * after the form was shown (its minimum fill time).
	 */
	static HttpResponse<String> send(BrowserlessSession visitor, int n, boolean withMail, long fillMillis) {
		String form = visitor.get("/interesse").body();
		if (fillMillis > 0) {
			try {
				Thread.sleep(fillMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Map<String, String> hidden = new LinkedHashMap<>();
		Matcher matcher = HIDDEN.matcher(form);
		while (matcher.find()) {
			hidden.put(matcher.group(1), matcher.group(2));
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", hidden.get("token"));
		fields.put("submissionKey", hidden.get("submissionKey"));
		fields.put("firstName", "Bench");
		fields.put("lastName", "Interessentin");
		fields.put("birthYear", "1985");
		if (withMail) {
			fields.put("email", "bench" + n + "@test.example");
		}
		else {
			fields.put("phone", "0251 " + (100000 + n));
		}
		fields.put("postalCode", String.valueOf(10000 + (n * 97) % 28000));
		fields.put("city", "Musterstadt");
		fields.put("adults", "2");
		fields.put("children", "0");
		fields.put("careTypes", "LONG_TERM");
		fields.put("preferredAge", "ANY");
		fields.put("qualification", "NONE");
		fields.put("contactTime", "ANY");
		fields.put("consent", "true");
		String body = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = visitor.post("/interesse", hidden.get("_csrf"), body);
		assertThat(response.statusCode()).isEqualTo(302);
		return response;
	}

	/**
	 * 700 Träger with four four-digit prefixes each (1000–3799), 100 inquiries per Träger
	 * in every status, and 400 more for the demo Träger 1.
	 */
	private String load() {
		jdbc.update(
				"""
						insert into provider (name, seat, contact_email)
						select 'Bench-Träger ' || n, 'Musterstadt', 'bench' || n || '@test.example' from generate_series(1, 700) n
						""");
		jdbc.update("""
				insert into provider_service_area (provider_id, postal_prefix)
				select p.id, (1000 + (row_number() over (order by p.id) - 1) * 4 + k)::text
				from provider p cross join generate_series(0, 3) k where p.name like 'Bench-Träger %'
				""");
		jdbc.update(
				"""
						insert into inquiry (provider_id, status, first_name, last_name, birth_year, email, postal_code, city,
						    adults, children, preferred_age, qualification, contact_time, consent_at, submission_key,
						    received_at, last_activity_at, closed_at)
						select p.id, s.status, 'Vorname', 'Nachname ' || n, 1980, 'i' || n || '@test.example', '10000', 'Musterstadt',
						    2, 1, 'ANY', 'NONE', 'ANY', now(), gen_random_uuid(), now() - (n || ' days')::interval,
						    now() - (n || ' hours')::interval,
						    case when s.status in ('SUITABLE', 'DECLINED', 'WITHDRAWN') then now() else null end
						from provider p cross join generate_series(1, 100) n
						cross join lateral (select (array['NEW','CONTACTED','INFO_EVENT','ASSESSMENT','PREPARATION','SUITABLE',
						    'DECLINED','WITHDRAWN'])[1 + (n + p.id::int) % 8] as status) s
						where p.name like 'Bench-Träger %'
						""");
		jdbc.update("""
				insert into inquiry (provider_id, status, first_name, last_name, birth_year, email, postal_code, city,
				    adults, children, preferred_age, qualification, contact_time, consent_at, submission_key,
				    received_at, last_activity_at)
				select u.provider_id, (array['NEW','CONTACTED','INFO_EVENT','ASSESSMENT','PREPARATION'])[1 + n % 5],
				    'Vorname', 'Nachname ' || n, 1980, 'j' || n || '@test.example', '48143', 'Münster',
				    2, 1, 'ANY', 'NONE', 'ANY', now(), gen_random_uuid(), now() - (n || ' hours')::interval, now()
				from user_account u cross join generate_series(1, 400) n where u.email = ?
				""", ADMIN_1);
		jdbc.execute("analyze");
		return "Träger " + jdbc.queryForObject("select count(*) from provider", Long.class) + ", service-area prefixes "
				+ jdbc.queryForObject("select count(*) from provider_service_area", Long.class) + ", inquiries "
				+ jdbc.queryForObject("select count(*) from inquiry", Long.class) + " (Träger 1: "
				+ jdbc.queryForObject(
						"select count(*) from inquiry i join user_account u on u.provider_id = i.provider_id "
								+ "where u.email = ?",
						Long.class, ADMIN_1)
				+ ")";
	}

}
