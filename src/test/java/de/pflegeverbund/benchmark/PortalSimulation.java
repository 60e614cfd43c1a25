package de.pflegeverbund.benchmark;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
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

	private static final ChainBuilder VISIT_FORM = exec(
			http("GET /familien/{id}/kontakte/neu").get("/familien/#{family}/kontakte/neu")
				.check(css("form[action$=kontakte] input[name=_csrf]", "value").saveAs("csrf")));

	/** Sends a new visit with the CSRF token of a visit form fetched before. */
	private static final ChainBuilder POST_VISIT = exec(session -> session.set("key", UUID.randomUUID().toString())
		.set("at", LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(1).withSecond(0).withNano(0).toString()))
		.exec(http("POST /familien/{id}/kontakte").post("/familien/#{family}/kontakte")
			.formParam("_csrf", "#{csrf}")
			.formParam("submissionKey", "#{key}")
			.formParam("occurredAt", "#{at}")
			.formParam("durationMinutes", "45")
			.formParam("kind", "HOME_VISIT")
			.formParam("childSpokenAlone", "true")
			.formParam("topics", "Lastprobe")
			.check(status().is(302), header("Location").saveAs("saved")))
		// as a browser does: the saved visit's page shows the success message kept for it
		.exec(http("GET /familien/{id}/kontakte/{visitId} (after saving)").get("#{saved}").check(status().is(200)));

	private static final ChainBuilder SAVE_VISIT = exec(VISIT_FORM).exec(POST_VISIT);

	private static final ChainBuilder DASHBOARD = exec(
			http("GET /koordination/statistik").get("/koordination/statistik").check(status().is(200)));

	private static final ChainBuilder INTEREST_FORM = exec(http("GET /interesse").get("/interesse")
		.check(css("input[name=_csrf]", "value").saveAs("csrf"), css("input[name=token]", "value").saveAs("token"),
				css("input[name=submissionKey]", "value").saveAs("key")))
		.exec(session -> session.set("postalCode", String.valueOf(10000 + NEXT.getAndIncrement() * 97 % 28000)))
		.exec(http("POST /interesse").post("/interesse")
			.formParam("_csrf", "#{csrf}")
			.formParam("token", "#{token}")
			.formParam("submissionKey", "#{key}")
			.formParam("firstName", "Last")
			.formParam("lastName", "Probe")
			.formParam("birthYear", "1985")
			.formParam("phone", "0251 123456")
			.formParam("postalCode", "#{postalCode}")
			.formParam("city", "Musterstadt")
			.formParam("adults", "2")
			.formParam("children", "0")
			.formParam("careTypes", "LONG_TERM")
			.formParam("preferredAge", "ANY")
			.formParam("qualification", "NONE")
			.formParam("contactTime", "ANY")
			.formParam("consent", "true")
			.check(status().is(302), header("Location").saveAs("thanks")))
		.exec(http("GET /interesse/danke (after sending)").get("#{thanks}").check(status().is(200)));

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
