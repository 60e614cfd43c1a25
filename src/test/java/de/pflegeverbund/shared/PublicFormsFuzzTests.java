package de.pflegeverbund.shared;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.pflegeverbund.support.HostileInput;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public forms (no account needed, so the most exposed) under fuzzed input, over real
 * HTTP: every field gets random and hostile values ({@link HostileInput}) — any unicode
 * (control characters, NUL, surrogates, right-to-left marks), overlong strings, markup
 * and injection attempts, numbers out of range, wrong types — or is left out or sent
 * twice. Whatever arrives: never a 5xx, never a stack trace, and a submission that is not
 * accepted (anything but the redirect to the thank-you page) stores nothing in any table.
 * Each submission comes from another client address, so the rate limit does not hide the
 * validation.
 */
class PublicFormsFuzzTests extends PortalIntegrationTest {

	private static final int SUBMISSIONS = 60;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new java.net.CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@ParameterizedTest
	@ValueSource(strings = { "/interesse", "/kooperation", "/anliegen" })
	void noFuzzedSubmissionFailsOrStoresAnythingUnaccepted(String path) throws Exception {
		HostileInput hostile = HostileInput.forTest("PublicFormsFuzzTests " + path);
		Element form = formOf(path);
		String action = form.attr("action").isEmpty() ? path : URI.create(form.attr("action")).getPath();
		Map<String, String> fields = fieldsOf(form);
		java.util.Set<String> honeypots = form.select("input[tabindex=-1]")
			.stream()
			.map(e -> e.attr("name"))
			.collect(Collectors.toSet());
		Thread.sleep(1100); // the interest form's minimum fill time
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		for (int i = 0; i < SUBMISSIONS; i++) {
			List<String> body = new ArrayList<>();
			for (Map.Entry<String, String> field : fields.entrySet()) {
				String name = field.getKey();
				if (name.equals("_csrf")) {
					body.add(pair(name, field.getValue()));
					continue;
				}
				if (honeypots.contains(name) && i % 20 != 0) {
					// people leave the hidden field empty; a filled one is a bot's,
					// answered
					// with the thank-you page and thrown away (every twentieth
					// submission)
					body.add(pair(name, ""));
					continue;
				}
				int choice = hostile.nextInt(10);
				if (choice == 0) {
					continue; // left out
				}
				String value = (choice < 4) ? field.getValue() : hostile.next();
				body.add(pair(name, value));
				if (choice == 9) {
					body.add(pair(name, hostile.next())); // twice
				}
			}
			Map<String, Long> before = rowCounts();
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url(action)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", "10." + hostile.nextInt(256) + "." + hostile.nextInt(256) + "." + (1 + i))
				.POST(HttpRequest.BodyPublishers.ofString(String.join("&", body)))
				.build(), HttpResponse.BodyHandlers.ofString());
			String what = path + " submission " + i + ": " + abbreviate(String.join("&", body));
			statuses.merge(response.statusCode(), 1, Integer::sum);
			assertThat(response.statusCode()).as(what).isLessThan(500);
			assertThat(response.body()).as(what)
				.doesNotContain("Exception")
				.doesNotContain("at de.pflegeverbund")
				.doesNotContain("at org.springframework");
			if (response.statusCode() != 302) {
				assertThat(rowCounts()).as(what + " was not accepted, so nothing is stored").isEqualTo(before);
			}
		}
		System.out.println("PublicFormsFuzzTests " + path + " answers: " + statuses);
		assertThat(statuses).as("most submissions reach the form's validation (shown again with messages)")
			.containsKey(200);
		assertThat(statuses.get(200)).isGreaterThan(SUBMISSIONS / 3);
	}

	private Element formOf(String path) throws Exception {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body())
			.select("form[method=post]")
			.stream()
			.filter(f -> f.selectFirst("input[type=text], textarea") != null)
			.findFirst()
			.orElseThrow();
	}

	/** Every field of the form with the value the page gives it (or a plausible one). */
	private static Map<String, String> fieldsOf(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			String value = switch (input.tagName()) {
				case "select" -> input.select("option[value]")
					.stream()
					.map(o -> o.attr("value"))
					.filter(v -> !v.isEmpty())
					.findFirst()
					.orElse("");
				case "textarea" -> "Text";
				default -> input.attr("type").equals("checkbox") || input.attr("type").equals("radio")
						? input.attr("value") : (input.hasAttr("value") ? input.attr("value") : "Probe");
			};
			fields.putIfAbsent(name, value);
		}
		return fields;
	}

	/**
	 * Rows per table, except the audit log and the sessions, which every request touches.
	 */
	private Map<String, Long> rowCounts() {
		List<String> tables = jdbc.queryForList("""
				select table_name from information_schema.tables where table_schema = 'public'
				and table_type = 'BASE TABLE' and table_name not in ('audit_event', 'spring_session',
				'spring_session_attributes', 'shedlock', 'flyway_schema_history') order by 1""", String.class);
		String sql = tables.stream()
			.map(t -> "select '" + t + "' as t, count(*) as n from \"" + t + "\"")
			.collect(Collectors.joining(" union all "));
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(sql, rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String pair(String name, String value) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String text) {
		return (text.length() > 600) ? text.substring(0, 600) + "…" : text;
	}

}
