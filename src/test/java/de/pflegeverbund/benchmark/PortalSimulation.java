package de.pflegeverbund.benchmark;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The main journeys of the portal under load (Gatling, Java DSL), run by
 * {@link LoadBenchmark}. Two modes ({@code portal.load.mode}):
 * <ul>
 * <li>{@code users}: 50 concurrent users with think time — counsellors (sign in, home,
 * family page, record a visit), coordinators (dashboard), visitors (interest form) — for
 * latencies;</li>
 * <li>{@code ceiling:<journey>}: one journey without think time by
 * {@code portal.load.users} users, for the throughput it reaches, compared with a trivial
 * page of the same application.</li>
 * </ul>
 */
public class PortalSimulation extends Simulation {

	// read per run: one JVM runs the simulation several times with other settings
	private final String base = System.getProperty("portal.load.base-url");

	private final String mode = System.getProperty("portal.load.mode", "users");

	private final int users = Integer.getInteger("portal.load.users", 50);

	private final Duration duration = Duration.ofSeconds(Long.getLong("portal.load.seconds", 60));

	/** counsellor e-mail;family id, comma-separated ({@code portal.load.counsellors}). */
	private final String[] counsellors = System.getProperty("portal.load.counsellors").split(",");

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final HttpProtocolBuilder protocol = http.baseUrl(base)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("de-DE")
		.disableFollowRedirect()
		.shareConnections();

	/** Each virtual counsellor gets an account of its own, with one of its families. */
	private Iterator<Map<String, Object>> counsellors() {
		return Stream.generate(() -> {
			String[] entry = counsellors[NEXT.getAndIncrement() % counsellors.length].split(";");
			return Map.<String, Object>of("email", entry[0], "family", entry[1]);
		}).iterator();
	}

	private static ChainBuilder signIn(String email) {
		return exec(http("GET /login").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("POST /login").post("/login")
				.formParam("username", email)
				.formParam("password", System.getProperty("portal.load.password"))
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").not("/login?fehler")));
	}

	private static final ChainBuilder HOME = exec(
			http("GET /fachberatung").get("/fachberatung").check(status().is(200)));

	private static final ChainBuilder FAMILY = exec(
			http("GET /familien/{id}").get("/familien/#{family}").check(status().is(200)));

	/** The visit form, its fields kept for sending it as a browser does. */
	private static final ChainBuilder VISIT_FORM = exec(
			http("GET /familien/{id}/kontakte/neu").get("/familien/#{family}/kontakte/neu")
				.check(form("form[action$=kontakte]").saveAs("visitForm")));

	/**
	 * Sends a new visit with every field of the visit form fetched before (its CSRF token
	 * included), as a browser does: empty fields are sent empty. The form's one-time key
	 * ({@code _formular}) is new for each sending, as if the form had been fetched anew:
	 * with the fetched form's key every sending after the first would be a duplicate,
	 * which the portal answers without saving.
	 */
	private static final ChainBuilder POST_VISIT = exec(session -> session
		.set("submissionKey", UUID.randomUUID().toString())
		.set("_formular", UUID.randomUUID().toString())
		.set("occurredAt",
				LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(1).withSecond(0).withNano(0).toString()))
		.exec(http("POST /familien/{id}/kontakte").post("/familien/#{family}/kontakte")
			.formParamMap(filledIn("visitForm",
					Map.of("durationMinutes", "45", "kind", "HOME_VISIT", "childSpokenAlone", "true", "topics",
							"Lastprobe"),
					"submissionKey", "occurredAt", "_formular"))
			.check(status().is(302), header("Location").saveAs("saved")))
		// as a browser does: the saved visit's page shows the success message kept for it
		.exec(http("GET /familien/{id}/kontakte/{visitId} (after saving)").get("#{saved}").check(status().is(200)));

	private static final ChainBuilder SAVE_VISIT = exec(VISIT_FORM).exec(POST_VISIT);

	private static final ChainBuilder DASHBOARD = exec(
			http("GET /koordination/statistik").get("/koordination/statistik").check(status().is(200)));

	/** The interest form, filled in and sent with all its fields as a browser does. */
	private static final ChainBuilder INTEREST_FORM = exec(
			http("GET /interesse").get("/interesse").check(form("form[action$='/interesse']").saveAs("interestForm")))
		.exec(session -> session.set("postalCode", String.valueOf(10000 + NEXT.getAndIncrement() * 97 % 28000)))
		.exec(http("POST /interesse").post("/interesse")
			.formParamMap(filledIn("interestForm", Map.ofEntries(Map.entry("firstName", "Last"),
					Map.entry("lastName", "Probe"), Map.entry("birthYear", "1985"), Map.entry("phone", "0251 123456"),
					Map.entry("city", "Musterstadt"), Map.entry("adults", "2"), Map.entry("children", "0"),
					Map.entry("careTypes", "LONG_TERM"), Map.entry("preferredAge", "ANY"),
					Map.entry("qualification", "NONE"), Map.entry("contactTime", "ANY"), Map.entry("consent", "true")),
					"postalCode"))
			.check(status().is(302), header("Location").saveAs("thanks")))
		.exec(http("GET /interesse/danke (after sending)").get("#{thanks}").check(status().is(200)));

	/**
	 * The fields of a form fetched before with some filled in, the others as the page
	 * gave them (hidden fields, empty text fields): what a browser sends.
	 * @param form the session key of the form's fields
	 * @param values the fields filled in
	 * @param fromSession fields filled in with the session value of the same name
	 */
	private static Function<Session, Map<String, Object>> filledIn(String form, Map<String, String> values,
			String... fromSession) {
		return session -> {
			Map<String, Object> fields = new LinkedHashMap<>(session.getMap(form));
			fields.putAll(values);
			for (String key : fromSession) {
				fields.put(key, session.getString(key));
			}
			return fields;
		};
	}

	private static final ChainBuilder TRIVIAL = exec(http("GET /impressum").get("/impressum").check(status().is(200)));

	/** The same page for a signed-in user: session, security and audit log included. */
	private static final ChainBuilder TRIVIAL_SIGNED_IN = exec(
			http("GET /impressum (signed in)").get("/impressum").check(status().is(200)));

	{
		if (mode.equals("users")) {
			usersWithThinkTime();
		}
		else {
			ceiling(mode.substring("ceiling:".length()));
		}
	}

	/**
	 * 40 counsellors, 5 coordinators and 5 visitors at once, each pausing 1–3 s between
	 * pages.
	 */
	private void usersWithThinkTime() {
		Duration think = Duration.ofSeconds(1);
		Duration thinkMax = Duration.ofSeconds(3);
		int counsellorCount = users * 8 / 10;
		int coordinatorCount = users / 10;
		ScenarioBuilder counsellor = scenario("Fachberatung").feed(counsellors())
			.exec(signIn("#{email}"))
			.exec(during(duration).on(exec(HOME).pause(think, thinkMax)
				.exec(FAMILY)
				.pause(think, thinkMax)
				.exec(SAVE_VISIT)
				.pause(think, thinkMax)));
		ScenarioBuilder coordinator = scenario("Koordination").exec(signIn("koordination@lja.example"))
			.exec(during(duration).on(exec(DASHBOARD).pause(think, thinkMax)));
		ScenarioBuilder visitor = scenario("Interessierte")
			.exec(during(duration).on(exec(INTEREST_FORM).pause(think, thinkMax)));
		setUp(counsellor.injectOpen(rampUsers(counsellorCount).during(Duration.ofSeconds(10))),
				coordinator.injectOpen(rampUsers(coordinatorCount).during(Duration.ofSeconds(10))),
				visitor
					.injectOpen(rampUsers(users - counsellorCount - coordinatorCount).during(Duration.ofSeconds(10))))
			.protocols(protocol);
	}

	/**
	 * One journey by {@code portal.load.users} users without pause, for its throughput.
	 */
	private void ceiling(String journey) {
		ChainBuilder step = switch (journey) {
			case "home" -> HOME;
			case "family" -> FAMILY;
			case "visit" -> SAVE_VISIT;
			case "visit-form" -> VISIT_FORM;
			case "visit-save" -> POST_VISIT;
			case "dashboard" -> DASHBOARD;
			case "interest" -> INTEREST_FORM;
			case "trivial" -> TRIVIAL;
			case "trivial-signed-in" -> TRIVIAL_SIGNED_IN;
			default -> throw new IllegalArgumentException(journey);
		};
		ScenarioBuilder scenario = switch (journey) {
			case "home", "family", "visit", "visit-form", "trivial-signed-in" ->
				scenario(journey).feed(counsellors()).exec(signIn("#{email}"));
			// the form once for its CSRF token, then only sending
			case "visit-save" -> scenario(journey).feed(counsellors()).exec(signIn("#{email}")).exec(VISIT_FORM);
			case "dashboard" -> scenario(journey).exec(signIn("koordination@lja.example"));
			default -> scenario(journey);
		};
		setUp(scenario.exec(during(duration).on(step)).injectOpen(atOnceUsers(users))).protocols(protocol);
	}

}
