package de.pflegeverbund.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every administration route × every role, and the Leitung of another Träger. The records
 * acted on belong to Träger 1 (or a throw-away Träger), so the other Träger's Leitung
 * must get 404 where a record is addressed.
 */
class AdminRoutesAuthorizationTests extends PortalIntegrationTest {

	enum Actor {

		ANONYMOUS, COORDINATOR, ADMIN_OWN, ADMIN_OTHER, COUNSELLOR, FAMILY

	}

	enum Outcome {

		/** 2xx or 3xx to somewhere other than the login page. */
		ALLOWED,
		/** redirect to the login page. */
		LOGIN,
		/** 403. */
		FORBIDDEN,
		/** 404. */
		NOT_FOUND

	}

	/** Targets, created once per JVM. */
	private static long provider;

	private static long lead;

	private static long staff;

	private static String otherAdmin;

	@Autowired
	ProviderManagement providers;

	@Autowired
	AccountManagement accounts;

	@BeforeEach
	void createTargets() {
		if (otherAdmin != null) {
			return;
		}
		provider = providers.create(new ProviderData(unique("Matrix"), "Hagen", "m@m.example", null, List.of()));
		lead = accounts.provision(uniqueEmail("matrix-leitung"), "Matrix Leitung", Role.PROVIDER_ADMIN, provider,
				"ein langes Matrix-Passwort");
		staff = accounts.provision(uniqueEmail("matrix-fachberatung"), "Matrix Fachberatung", Role.COUNSELLOR,
				providerIdOf(ADMIN_1), "ein langes Matrix-Passwort");
		otherAdmin = uniqueEmail("leitung-traeger2");
		accounts.provision(otherAdmin, "Leitung Träger 2", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				"ein langes Matrix-Passwort");
	}

	record Route(String method, String path, Function<Actor, Outcome> expected) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	static Stream<Arguments> matrix() {
		List<Route> routes = new ArrayList<>();
		for (String path : List.of("/koordination", "/koordination/traeger", "/koordination/traeger/neu",
				"/koordination/traeger/{provider}", "/koordination/traeger/{provider}/leitung")) {
			routes.add(new Route("GET", path, only(Actor.COORDINATOR)));
		}
		for (String path : List.of("/koordination/traeger/neu", "/koordination/traeger/{provider}",
				"/koordination/traeger/{provider}/deaktivieren", "/koordination/traeger/{provider}/aktivieren",
				"/koordination/traeger/{provider}/leitung/einladen",
				"/koordination/traeger/{provider}/leitung/{lead}/deaktivieren",
				"/koordination/traeger/{provider}/leitung/{lead}/aktivieren",
				"/koordination/traeger/{provider}/leitung/{lead}/erneut-einladen")) {
			routes.add(new Route("POST", path, only(Actor.COORDINATOR)));
		}
		routes.add(new Route("GET", "/leitung", actor -> switch (actor) {
			case ANONYMOUS -> Outcome.LOGIN;
			case ADMIN_OWN, ADMIN_OTHER -> Outcome.ALLOWED;
			default -> Outcome.FORBIDDEN;
		}));
		routes.add(new Route("GET", "/verwaltung/mitarbeitende", anyAdmin()));
		routes.add(new Route("GET", "/leitung/fallzahlen", anyAdmin()));
		routes.add(new Route("POST", "/leitung/fallzahlen/ziel", anyAdmin()));
		routes.add(new Route("GET", "/leitung/kontaktrhythmus", anyAdmin()));
		routes.add(new Route("POST", "/leitung/kontaktrhythmus", anyAdmin()));
		routes.add(new Route("GET", "/leitung/gefaehrdungseinschaetzungen", anyAdmin()));
		routes.add(new Route("POST", "/verwaltung/mitarbeitende/einladen", anyAdmin()));
		for (String action : List.of("deaktivieren", "aktivieren", "erneut-einladen")) {
			routes.add(new Route("POST", "/verwaltung/mitarbeitende/{staff}/" + action, actor -> switch (actor) {
				case ANONYMOUS -> Outcome.LOGIN;
				case ADMIN_OWN -> Outcome.ALLOWED;
				case ADMIN_OTHER -> Outcome.NOT_FOUND;
				default -> Outcome.FORBIDDEN;
			}));
		}
		routes.add(new Route("GET", "/fachberatung", roleHome(Actor.COUNSELLOR)));
		routes.add(new Route("GET", "/familie", roleHome(Actor.FAMILY)));
		return routes.stream()
			.flatMap(route -> Stream.of(Actor.values())
				.map(actor -> Arguments.of(route, actor, route.expected().apply(actor))));
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("matrix")
	void routeAnswersAsExpected(Route route, Actor actor, Outcome expected) {
		String path = route.path()
			.replace("{provider}", String.valueOf(provider))
			.replace("{lead}", String.valueOf(lead))
			.replace("{staff}", String.valueOf(staff));
		MockMvcRequestBuilder request = "GET".equals(route.method()) ? mvc.get().uri(path)
				: mvc.post().uri(path).with(csrf()).params(params(path));
		if (actor != Actor.ANONYMOUS) {
			request = request.with(as(email(actor)));
		}
		MvcTestResult result = request.exchange();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		switch (expected) {
			case ALLOWED -> {
				assertThat(status).isBetween(200, 399);
				assertThat(location).as("redirect")
					.satisfiesAnyOf(l -> assertThat(l).isNull(), l -> assertThat(l).doesNotContain("/login"));
			}
			case LOGIN -> {
				assertThat(status).isEqualTo(302);
				assertThat(location).endsWith("/login");
			}
			case FORBIDDEN -> assertThat(status).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).isEqualTo(404);
		}
	}

	private static org.springframework.util.MultiValueMap<String, String> params(String path) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		if (path.endsWith("/einladen")) {
			params.add("displayName", "Matrix Person");
			params.add("email", uniqueEmail("matrix-einladung"));
			params.add("role", "COUNSELLOR");
		}
		else if (path.endsWith("/neu") || path.matches("/koordination/traeger/\\d+")) {
			params.add("name", unique("Matrix-Träger"));
			params.add("seat", "Hagen");
			params.add("contactEmail", "m@m.example");
			params.add("serviceAreas", "");
			params.add("version", "0");
		}
		return params;
	}

	private String email(Actor actor) {
		return switch (actor) {
			case COORDINATOR -> COORDINATOR;
			case ADMIN_OWN -> ADMIN_1;
			case ADMIN_OTHER -> otherAdmin;
			case COUNSELLOR -> COUNSELLOR_1;
			case FAMILY -> FAMILY_1;
			case ANONYMOUS -> throw new IllegalArgumentException();
		};
	}

	private static Function<Actor, Outcome> only(Actor allowed) {
		return actor -> (actor == allowed) ? Outcome.ALLOWED
				: (actor == Actor.ANONYMOUS) ? Outcome.LOGIN : Outcome.FORBIDDEN;
	}

	private static Function<Actor, Outcome> roleHome(Actor allowed) {
		return only(allowed);
	}

	private static Function<Actor, Outcome> anyAdmin() {
		return actor -> switch (actor) {
			case ANONYMOUS -> Outcome.LOGIN;
			case ADMIN_OWN, ADMIN_OTHER -> Outcome.ALLOWED;
			default -> Outcome.FORBIDDEN;
		};
	}

}
