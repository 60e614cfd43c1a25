package de.pflegeverbund.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import de.pflegeverbund.support.Answer;
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

	record Route(String method, String path, Function<Actor, Answer> expected, String... parameters) {

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
		Function<Actor, Answer> everybody = actor -> Answer.ALLOWED;
		Function<Actor, Answer> signedIn = actor -> (actor == Actor.ANONYMOUS) ? Answer.LOGIN : Answer.ALLOWED;
		Function<Actor, Answer> unknownToken = actor -> Answer.NOT_FOUND;
		Function<Actor, Answer> familyStaff = actor -> switch (actor) {
			case ADMIN, COUNSELLOR -> Answer.ALLOWED;
			case ANONYMOUS -> Answer.LOGIN;
			default -> Answer.NOT_FOUND;
		};
		Function<Actor, Answer> ownLeitung = actor -> switch (actor) {
			case ADMIN -> Answer.ALLOWED;
			case OTHER_ADMIN -> Answer.NOT_FOUND;
			case ANONYMOUS -> Answer.LOGIN;
			default -> Answer.FORBIDDEN;
		};
		Function<Actor, Answer> anyLeitung = actor -> switch (actor) {
			case ADMIN, OTHER_ADMIN -> Answer.ALLOWED;
			case ANONYMOUS -> Answer.LOGIN;
			default -> Answer.FORBIDDEN;
		};
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/", signedIn));
		routes.add(new Route("GET", "/login", everybody));
		routes.add(new Route("GET", "/passwort-vergessen", everybody));
		// by design the sign-in page with a message, for everybody
		routes.add(new Route("POST", "/passwort-vergessen", actor -> Answer.LOGIN, "email", "niemand@example.org"));
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
	void routeAnswersAsExpected(Route route, Actor actor, Answer expected) {
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
		expected.assertOn(request.exchange());
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
