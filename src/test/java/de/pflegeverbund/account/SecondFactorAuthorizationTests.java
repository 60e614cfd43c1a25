package de.pflegeverbund.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import de.pflegeverbund.support.Answer;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The second-factor routes × every kind of user: the own pages for everybody signed in,
 * the team pages for the Leitung (own Träger's staff only) and the coordinators
 * (coordinators only). The requirement is only ever switched off here, so the demo
 * accounts stay password-only.
 */
class SecondFactorAuthorizationTests extends PortalIntegrationTest {

	enum Actor {

		COORDINATOR, ADMIN, OTHER_ADMIN, COUNSELLOR, FAMILY, ANONYMOUS

	}

	record Route(String method, String path, Function<Actor, Answer> expected) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	/**
	 * A counsellor of Träger 1 with a second factor set up, and the other Träger's
	 * Leitung.
	 */
	private static long staff;

	private static String otherAdmin;

	@Autowired
	AccountManagement accounts;

	@BeforeEach
	void createTargets() {
		if (otherAdmin != null) {
			return;
		}
		String email = uniqueEmail("zf-matrix");
		staff = accounts.provision(email, "Matrix Zwei Faktor", Role.COUNSELLOR, providerIdOf(ADMIN_1),
				"ein langes Matrix-Passwort");
		jdbc.update("update user_account set totp_secret = 'JBSWY3DPEHPK3PXP', totp_enrolled_at = now() where id = ?",
				staff);
		otherAdmin = uniqueEmail("zf-matrix-leitung");
		accounts.provision(otherAdmin, "Leitung Träger 2", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				"ein langes Matrix-Passwort");
	}

	static Stream<Arguments> matrix() {
		List<Route> routes = new ArrayList<>();
		Function<Actor, Answer> signedIn = actor -> (actor == Actor.ANONYMOUS) ? Answer.LOGIN : Answer.ALLOWED;
		for (String path : List.of("/anmelden/zweiter-faktor", "/konto/zweiter-faktor")) {
			routes.add(new Route("GET", path, signedIn));
			routes.add(new Route("POST", path, signedIn));
		}
		routes.add(new Route("POST", "/konto/zweiter-faktor/wiederherstellungscodes", signedIn));
		routes.add(new Route("POST", "/konto/zweiter-faktor/entfernen", signedIn));
		Function<Actor, Answer> leads = actor -> switch (actor) {
			case ANONYMOUS -> Answer.LOGIN;
			case ADMIN, OTHER_ADMIN -> Answer.ALLOWED;
			default -> Answer.FORBIDDEN;
		};
		routes.add(new Route("GET", "/verwaltung/sicherheit", leads));
		routes.add(new Route("POST", "/verwaltung/sicherheit", leads));
		routes.add(new Route("POST", "/verwaltung/sicherheit/{id}/zuruecksetzen", actor -> switch (actor) {
			case ANONYMOUS -> Answer.LOGIN;
			case ADMIN -> Answer.ALLOWED;
			case OTHER_ADMIN -> Answer.NOT_FOUND;
			default -> Answer.FORBIDDEN;
		}));
		Function<Actor, Answer> coordinators = actor -> switch (actor) {
			case ANONYMOUS -> Answer.LOGIN;
			case COORDINATOR -> Answer.ALLOWED;
			default -> Answer.FORBIDDEN;
		};
		routes.add(new Route("GET", "/koordination/sicherheit", coordinators));
		routes.add(new Route("POST", "/koordination/sicherheit", coordinators));
		routes.add(new Route("POST", "/koordination/sicherheit/{id}/zuruecksetzen", actor -> switch (actor) {
			case ANONYMOUS -> Answer.LOGIN;
			case COORDINATOR -> Answer.NOT_FOUND; // a counsellor is no coordinator
			default -> Answer.FORBIDDEN;
		}));
		return routes.stream()
			.flatMap(route -> Stream.of(Actor.values())
				.map(actor -> Arguments.of(route, actor, route.expected().apply(actor))));
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("matrix")
	void routeAnswersAsExpected(Route route, Actor actor, Answer expected) {
		String path = route.path().replace("{id}", String.valueOf(staff));
		MockMvcRequestBuilder request = "GET".equals(route.method()) ? mvc.get().uri(path)
				: mvc.post().uri(path).with(csrf()).param("code", "123456");
		if (actor != Actor.ANONYMOUS) {
			request = request.with(as(email(actor)));
		}
		expected.assertOn(request.exchange());
	}

	private String email(Actor actor) {
		return switch (actor) {
			case COORDINATOR -> COORDINATOR;
			case ADMIN -> ADMIN_1;
			case OTHER_ADMIN -> otherAdmin;
			case COUNSELLOR -> COUNSELLOR_1;
			case FAMILY -> FAMILY_1;
			case ANONYMOUS -> throw new IllegalArgumentException();
		};
	}

}
