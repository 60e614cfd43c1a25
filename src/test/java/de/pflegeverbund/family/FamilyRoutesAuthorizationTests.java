package de.pflegeverbund.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every family route × every kind of user: the Leitung of the family's Träger, the
 * assigned counsellor, another counsellor of the same Träger, the Leitung and a
 * counsellor of another Träger, the coordinator, a family and an anonymous visitor. Only
 * the allowed ones get 2xx/3xx; signed-in others get 404, anonymous visitors the login.
 */
class FamilyRoutesAuthorizationTests extends FamilyTestSupport {

	enum Actor {

		ADMIN, ASSIGNED_COUNSELLOR, OTHER_COUNSELLOR, OTHER_PROVIDER_ADMIN, OTHER_PROVIDER_COUNSELLOR, COORDINATOR,
		FAMILY, ANONYMOUS

	}

	private static long family;

	private static long adult;

	private static long placement;

	private static long coAssignment;

	private static String unassigned;

	private static String otherAdmin;

	@Autowired
	AccountManagement accounts;

	@BeforeEach
	void createTargets() {
		if (unassigned != null) {
			return;
		}
		family = familyOf(COUNSELLOR_1, unique("Familie Matrix"));
		adult = families.adultIds(user(ADMIN_1), family).get(0);
		placement = families.addPlacement(user(ADMIN_1), family, "M. X.", 2018, CareType.LONG_TERM, "Jugendamt Münster",
				today().minusDays(30));
		unassigned = uniqueEmail("ohne-familie");
		accounts.provision(unassigned, "Ohne Familie", Role.COUNSELLOR, providerIdOf(ADMIN_1),
				"ein langes Matrix-Passwort");
		otherAdmin = uniqueEmail("leitung-zwei");
		accounts.provision(otherAdmin, "Leitung Zwei", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				"ein langes Matrix-Passwort");
		families.assignAdditional(user(ADMIN_1), family, accountId(unassigned),
				de.pflegeverbund.assignment.AssignmentKind.CO, today().minusDays(10), null);
		coAssignment = jdbc.queryForObject(
				"select id from counsellor_assignment where family_id = ? and kind = 'CO' and ended_on is null",
				Long.class, family);
		// end the co-assignment again: the "other counsellor" must not see the family
		jdbc.update("update counsellor_assignment set ended_on = current_date - 1 where id = ?", coAssignment);
	}

	record Route(String method, String path, Function<Actor, Boolean> allowed) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	static Stream<Arguments> matrix() {
		Function<Actor, Boolean> staff = actor -> actor == Actor.ADMIN || actor == Actor.ASSIGNED_COUNSELLOR;
		Function<Actor, Boolean> admin = actor -> actor == Actor.ADMIN;
		Function<Actor, Boolean> anyStaff = actor -> actor == Actor.ADMIN || actor == Actor.ASSIGNED_COUNSELLOR
				|| actor == Actor.OTHER_COUNSELLOR || actor == Actor.OTHER_PROVIDER_ADMIN
				|| actor == Actor.OTHER_PROVIDER_COUNSELLOR;
		Function<Actor, Boolean> anyAdmin = actor -> actor == Actor.ADMIN || actor == Actor.OTHER_PROVIDER_ADMIN;
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/familien", anyStaff));
		routes.add(new Route("POST", "/familien", anyStaff));
		routes.add(new Route("GET", "/familien/neu", anyAdmin));
		routes.add(new Route("POST", "/familien/neu", anyAdmin));
		routes.add(new Route("GET", "/familien/fuehrungszeugnisse", anyAdmin));
		routes.add(new Route("GET", "/familien/{family}", staff));
		routes.add(new Route("GET", "/familien/{family}/bearbeiten", staff));
		routes.add(new Route("POST", "/familien/{family}/bearbeiten", staff));
		routes.add(new Route("GET", "/familien/{family}/status", staff));
		routes.add(new Route("POST", "/familien/{family}/status", staff));
		routes.add(new Route("GET", "/familien/{family}/erwachsene/{adult}/fuehrungszeugnis", staff));
		routes.add(new Route("POST", "/familien/{family}/erwachsene/{adult}/fuehrungszeugnis", staff));
		routes.add(new Route("GET", "/familien/{family}/pflegeverhaeltnisse/neu", staff));
		routes.add(new Route("POST", "/familien/{family}/pflegeverhaeltnisse", staff));
		routes.add(new Route("GET", "/familien/{family}/pflegeverhaeltnisse/{placement}/beenden", staff));
		routes.add(new Route("POST", "/familien/{family}/pflegeverhaeltnisse/{placement}/beenden", staff));
		routes.add(new Route("GET", "/familien/{family}/verlauf", admin));
		routes.add(new Route("POST", "/familien/{family}/fachberatung", admin));
		routes.add(new Route("POST", "/familien/{family}/fachberatung/weitere", admin));
		routes.add(new Route("POST", "/familien/{family}/fachberatung/{assignment}/beenden", admin));
		return routes.stream().flatMap(route -> Stream.of(Actor.values()).map(actor -> Arguments.of(route, actor)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void familyRouteAnswersOnlyTheAllowed(Route route, Actor actor) {
		String path = route.path()
			.replace("{family}", String.valueOf(family))
			.replace("{adult}", String.valueOf(adult))
			.replace("{placement}", String.valueOf(placement))
			.replace("{assignment}", String.valueOf(coAssignment));
		MockMvcRequestBuilder request = "GET".equals(route.method()) ? mvc.get().uri(path)
				: mvc.post().uri(path).with(csrf()).params(harmlessParams(path));
		if (actor != Actor.ANONYMOUS) {
			request = request.with(as(email(actor)));
		}
		MvcTestResult result = request.exchange();
		int status = result.getResponse().getStatus();
		if (actor == Actor.ANONYMOUS) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
		else if (route.allowed().apply(actor)) {
			assertThat(status).isBetween(200, 399);
		}
		else {
			assertThat(status).isEqualTo(404);
		}
	}

	@Test
	void malformedFormAnswers400() {
		assertThat(mvc.post()
			.uri("/familien/" + family + "/status")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("status", "KAPUTT")
			.param("statusOn", "nicht-ein-datum")).hasStatus(400);
	}

	/**
	 * Parameters that leave the family as it is: an invalid submission (re-rendered form,
	 * 200) is enough to prove access.
	 */
	private static MultiValueMap<String, String> harmlessParams(String path) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		if (path.endsWith("/familien")) {
			params.setAll(Map.of("text", "Matrix"));
		}
		return params;
	}

	private String email(Actor actor) {
		return switch (actor) {
			case ADMIN -> ADMIN_1;
			case ASSIGNED_COUNSELLOR -> COUNSELLOR_1;
			case OTHER_COUNSELLOR -> unassigned;
			case OTHER_PROVIDER_ADMIN -> otherAdmin;
			case OTHER_PROVIDER_COUNSELLOR -> COUNSELLOR_2;
			case COORDINATOR -> COORDINATOR;
			case FAMILY -> FAMILY_1;
			case ANONYMOUS -> throw new IllegalArgumentException();
		};
	}

}
