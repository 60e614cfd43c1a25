package de.pflegeverbund.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import de.pflegeverbund.support.PortalIntegrationTest;
import de.pflegeverbund.visit.VisitData;
import de.pflegeverbund.visit.VisitKind;
import de.pflegeverbund.visit.VisitManagement;
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
 * The routes no module matrix covers — sign-in and password pages, the visit log, risk
 * assessments, meeting links, the audit log — × every kind of user: coordinator, Leitung
 * and counsellor of the family's Träger, Leitung and counsellor of another Träger, a
 * family, an anonymous visitor.
 */
class OtherRoutesAuthorizationTests extends PortalIntegrationTest {

	enum Actor {

		COORDINATOR, ADMIN, COUNSELLOR, OTHER_ADMIN, OTHER_COUNSELLOR, FAMILY, ANONYMOUS

	}

	enum Outcome {

		/** 2xx or a redirect that is not to the sign-in */
		ALLOWED,
		/** a redirect to the sign-in */
		LOGIN,
		/** by design a redirect to the sign-in page with a message, for everybody */
		SIGN_IN_PAGE, FORBIDDEN, NOT_FOUND

	}

	record Route(String method, String path, Function<Actor, Outcome> expected, String... parameters) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	private static String counsellor;

	private static String otherAdmin;

	private static long family;

	private static long visit;

	private static long assessment;

	@Autowired
	VisitManagement visits;

	@Autowired
	AccountManagement accounts;

	@BeforeEach
	void createTargets() {
		if (counsellor != null) {
			return;
		}
		family = jdbc.queryForObject("""
				select min(a.family_id) from counsellor_assignment a join foster_family f on f.id = a.family_id
				where f.provider_id = ? and a.kind = 'PRIMARY' and a.ended_on is null""", Long.class,
				providerIdOf(ADMIN_1));
		counsellor = jdbc.queryForObject("""
				select u.email from counsellor_assignment a join user_account u on u.id = a.counsellor_id
				where a.family_id = ? and a.kind = 'PRIMARY' and a.ended_on is null""", String.class, family);
		otherAdmin = uniqueEmail("leitung-andere");
		accounts.provision(otherAdmin, "Leitung Andere", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				"ein langes Matrix-Passwort");
		var admin = (de.pflegeverbund.account.PortalUser) userDetailsService.loadUserByUsername(ADMIN_1);
		visit = visits.record(admin, family, UUID.randomUUID(), new VisitData(Instant.now().minus(1, ChronoUnit.HOURS),
				30, VisitKind.PHONE, null, false, "Schule", null, null, null, null, true));
		assessment = jdbc.queryForObject("select max(id) from risk_assessment where family_id = ?", Long.class, family);
	}

	static Stream<Arguments> matrix() {
		Function<Actor, Outcome> everybody = actor -> Outcome.ALLOWED;
		Function<Actor, Outcome> signedIn = actor -> (actor == Actor.ANONYMOUS) ? Outcome.LOGIN : Outcome.ALLOWED;
		Function<Actor, Outcome> unknownToken = actor -> Outcome.NOT_FOUND;
		Function<Actor, Outcome> familyStaff = actor -> switch (actor) {
			case ADMIN, COUNSELLOR -> Outcome.ALLOWED;
			case ANONYMOUS -> Outcome.LOGIN;
			default -> Outcome.NOT_FOUND;
		};
		Function<Actor, Outcome> ownLeitung = actor -> switch (actor) {
			case ADMIN -> Outcome.ALLOWED;
			case OTHER_ADMIN -> Outcome.NOT_FOUND;
			case ANONYMOUS -> Outcome.LOGIN;
			default -> Outcome.FORBIDDEN;
		};
		Function<Actor, Outcome> anyLeitung = actor -> switch (actor) {
			case ADMIN, OTHER_ADMIN -> Outcome.ALLOWED;
			case ANONYMOUS -> Outcome.LOGIN;
			default -> Outcome.FORBIDDEN;
		};
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/", signedIn));
		routes.add(new Route("GET", "/login", everybody));
		routes.add(new Route("GET", "/passwort-vergessen", everybody));
		routes.add(new Route("POST", "/passwort-vergessen", actor -> Outcome.SIGN_IN_PAGE, "email",
				"niemand@example.org"));
		routes.add(new Route("GET", "/konto/passwort/{token}", everybody));
		routes.add(new Route("POST", "/konto/passwort/{token}", everybody));
		routes.add(new Route("GET", "/eingaben-wiederherstellen", everybody));
		routes.add(new Route("GET", "/familien/{family}/kontakte", familyStaff));
		routes.add(new Route("GET", "/familien/{family}/kontakte/neu", familyStaff));
		routes.add(new Route("GET", "/familien/{family}/kontakte/protokoll.pdf", familyStaff));
		routes.add(new Route("GET", "/familien/{family}/kontakte/{visit}", familyStaff));
		routes.add(new Route("GET", "/familien/{family}/kontakte/{visit}/bearbeiten", familyStaff));
		routes.add(new Route("POST", "/familien/{family}/kontakte", familyStaff, "submissionKey",
				UUID.randomUUID().toString()));
		routes.add(new Route("POST", "/familien/{family}/kontakte/{visit}/bearbeiten", familyStaff, "version", "0"));
		routes.add(new Route("POST", "/familien/{family}/kontakte/{visit}/nachtrag", familyStaff, "text", ""));
		routes.add(new Route("GET", "/leitung/gefaehrdungseinschaetzungen/{assessment}", ownLeitung));
		routes.add(new Route("POST", "/leitung/gefaehrdungseinschaetzungen/{assessment}", ownLeitung));
		routes.add(new Route("POST", "/leitung/gefaehrdungseinschaetzungen/{assessment}/abschliessen", ownLeitung));
		routes.add(new Route("GET", "/veranstaltungen", everybody));
		routes.add(new Route("GET", "/veranstaltungen/anmeldung/{token}", unknownToken));
		routes.add(new Route("POST", "/veranstaltungen/anmeldung/{token}/bestaetigen", unknownToken));
		routes.add(new Route("POST", "/veranstaltungen/anmeldung/{token}/abmelden", unknownToken));
		routes.add(new Route("GET", "/leitung/protokoll", anyLeitung));
		routes.add(new Route("GET", "/leitung/protokoll.csv", anyLeitung));
		return routes.stream()
			.flatMap(route -> Stream.of(Actor.values())
				.map(actor -> Arguments.of(route, actor, route.expected().apply(actor))));
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("matrix")
	void routeAnswersAsExpected(Route route, Actor actor, Outcome expected) {
		String path = route.path()
			.replace("{family}", Long.toString(family))
			.replace("{visit}", Long.toString(visit))
			.replace("{assessment}", Long.toString(assessment))
			.replace("{token}", "unbekannter-link-" + UUID.randomUUID());
		MockMvcRequestBuilder request = "GET".equals(route.method()) ? mvc.get().uri(path)
				: mvc.post().uri(path).with(csrf());
		for (int i = 0; i < route.parameters().length; i += 2) {
			request = request.param(route.parameters()[i], route.parameters()[i + 1]);
		}
		if (actor != Actor.ANONYMOUS) {
			request = request.with(as(email(actor)));
		}
		MvcTestResult result = request.exchange();
		int status = result.getResponse().getStatus();
		String redirect = result.getResponse().getRedirectedUrl();
		switch (expected) {
			case ALLOWED -> {
				assertThat(status).isBetween(200, 399);
				assertThat((redirect != null) ? redirect : "").doesNotEndWith("/login");
			}
			case LOGIN, SIGN_IN_PAGE -> {
				assertThat(status).isEqualTo(302);
				assertThat(redirect).endsWith("/login");
			}
			case FORBIDDEN -> assertThat(status).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).isEqualTo(404);
		}
	}

	private static String email(Actor actor) {
		return switch (actor) {
			case COORDINATOR -> COORDINATOR;
			case ADMIN -> ADMIN_1;
			case COUNSELLOR -> counsellor;
			case OTHER_ADMIN -> otherAdmin;
			case OTHER_COUNSELLOR -> COUNSELLOR_2;
			case FAMILY -> FAMILY_1;
			case ANONYMOUS -> throw new IllegalArgumentException();
		};
	}

}
