package de.pflegeverbund.familyportal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.support.Answer;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every family-portal and concern route × every kind of user: coordinator, Leitung of the
 * family's Träger, the family's counsellor, a counsellor of another Träger, the family,
 * an anonymous visitor. Records answer 404 to whoever may not see them, role areas 403,
 * anonymous visitors go to the login.
 */
class FamilyPortalAuthorizationTests extends PortalIntegrationTest {

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	enum Actor {

		COORDINATOR, ADMIN, COUNSELLOR, OTHER_COUNSELLOR, FAMILY, OTHER_FAMILY, ANONYMOUS

	}

	private static final Set<Actor> STAFF_OF_FAMILY = Set.of(Actor.ADMIN, Actor.COUNSELLOR);

	private static String counsellor;

	private static long family;

	/** A family account of the same Träger, linked to another family. */
	private static String otherFamily;

	private static long familyConcern;

	private static long providerConcern;

	private static long stateOfficeConcern;

	@Autowired
	FamilyPortal portal;

	@Autowired
	AccountManagement accounts;

	@BeforeEach
	void createTargets() {
		if (counsellor != null) {
			return;
		}
		PortalUser familyUser = (PortalUser) userDetailsService.loadUserByUsername(FAMILY_1);
		family = portal.familyOf(familyUser);
		counsellor = jdbc.queryForObject("""
				select u.email from counsellor_assignment a join user_account u on u.id = a.counsellor_id
				where a.family_id = ? and a.kind = 'PRIMARY' and a.ended_on is null""", String.class, family);
		familyConcern = portal.raiseConcern(familyUser, false, "Anliegen aus der Matrix");
		portal.raisePublicConcern(providerIdOf(ADMIN_1), "Öffentliches Anliegen an den Träger", null);
		providerConcern = jdbc.queryForObject(
				"select max(id) from concern where provider_id = ? and account_id is null", Long.class,
				providerIdOf(ADMIN_1));
		portal.raisePublicConcern(null, "Öffentliches Anliegen an das Landesjugendamt", null);
		stateOfficeConcern = jdbc.queryForObject("select max(id) from concern where provider_id is null", Long.class);
		portal.requestCorrection(familyUser, Portal.CorrectionTopic.OTHER, "Korrektur aus der Matrix");
		otherFamily = uniqueEmail("matrix-andere-familie");
		long otherAccount = accounts.provision(otherFamily, "Andere Familie", Role.FAMILY, providerIdOf(ADMIN_1),
				"ein langes Matrix-Passwort");
		portal.link(otherAccount,
				jdbc.queryForObject(
						"select max(id) from foster_family where provider_id = ? and status <> 'ENDED' and id <> ?",
						Long.class, providerIdOf(ADMIN_1), family),
				providerIdOf(ADMIN_1));
	}

	record Route(String method, String path, Set<Actor> allowed, boolean roleArea, String... parameters) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	static Stream<Arguments> matrix() {
		Set<Actor> everybody = Set.of(Actor.values());
		// pages of the signed-in family's own data: every family; a record of one family:
		// only that family
		Set<Actor> families = Set.of(Actor.FAMILY, Actor.OTHER_FAMILY);
		Set<Actor> family = Set.of(Actor.FAMILY);
		Set<Actor> staff = Set.of(Actor.ADMIN, Actor.COUNSELLOR, Actor.OTHER_COUNSELLOR);
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/familie", families, true));
		routes.add(new Route("GET", "/familie/korrektur", families, true));
		routes.add(new Route("POST", "/familie/korrektur", families, true));
		routes.add(new Route("GET", "/familie/auskunft.pdf", families, true));
		routes.add(new Route("GET", "/familie/auskunft.json", families, true));
		routes.add(new Route("GET", "/familie/anliegen/neu", families, true));
		routes.add(new Route("POST", "/familie/anliegen", families, true));
		routes.add(new Route("GET", "/familie/anliegen/{familyConcern}", family, true));
		routes.add(new Route("POST", "/familie/anliegen/{familyConcern}/antwort", family, true));
		routes.add(new Route("GET", "/familien/{family}/beteiligung", STAFF_OF_FAMILY, false));
		routes.add(new Route("POST", "/familien/{family}/familienzugang", STAFF_OF_FAMILY, false));
		routes.add(new Route("POST", "/familien/{family}/schutzkonzept", STAFF_OF_FAMILY, false));
		routes.add(new Route("GET", "/korrekturen", staff, false));
		routes.add(new Route("POST", "/korrekturen/{correction}", STAFF_OF_FAMILY, false, "decision", "ablehnen"));
		routes.add(new Route("GET", "/leitung/schutzkonzept", Set.of(Actor.ADMIN), true));
		routes.add(new Route("GET", "/leitung/anliegen", Set.of(Actor.ADMIN), true));
		routes.add(new Route("GET", "/leitung/anliegen/{providerConcern}", Set.of(Actor.ADMIN), true));
		routes.add(new Route("POST", "/leitung/anliegen/{providerConcern}", Set.of(Actor.ADMIN), true));
		routes.add(new Route("GET", "/koordination/anliegen", Set.of(Actor.COORDINATOR), true));
		routes.add(new Route("GET", "/koordination/anliegen/{stateOfficeConcern}", Set.of(Actor.COORDINATOR), true));
		routes.add(new Route("POST", "/koordination/anliegen/{stateOfficeConcern}", Set.of(Actor.COORDINATOR), true));
		routes.add(new Route("GET", "/anliegen", everybody, false));
		routes.add(new Route("POST", "/anliegen", everybody, false));
		routes.add(new Route("GET", "/anliegen/eingegangen", everybody, false));
		routes.add(new Route("GET", "/anliegen/verlauf", everybody, false));
		routes.add(new Route("POST", "/anliegen/verlauf", everybody, false));
		routes.add(new Route("POST", "/anliegen/verlauf/antwort", everybody, false));
		return routes.stream().flatMap(route -> Stream.of(Actor.values()).map(actor -> Arguments.of(route, actor)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void routeAnswersOnlyTheAllowed(Route route, Actor actor) {
		long correction = jdbc.queryForObject(
				"select max(id) from correction_request where family_id = ? and status = 'OPEN'", Long.class, family);
		String path = route.path()
			.replace("{family}", Long.toString(family))
			.replace("{familyConcern}", Long.toString(familyConcern))
			.replace("{providerConcern}", Long.toString(providerConcern))
			.replace("{stateOfficeConcern}", Long.toString(stateOfficeConcern))
			.replace("{correction}", Long.toString(correction));
		MockMvcRequestBuilder request = "GET".equals(route.method()) ? mvc.get().uri(path)
				: mvc.post().uri(path).with(csrf());
		for (int i = 0; i < route.parameters().length; i += 2) {
			request = request.param(route.parameters()[i], route.parameters()[i + 1]);
		}
		request = request.with(r -> {
			r.setRemoteAddr("198.19.0." + (CLIENTS.getAndIncrement() % 250));
			return r;
		});
		if (actor != Actor.ANONYMOUS) {
			request = request.with(as(email(actor)));
		}
		MvcTestResult result = request.exchange();
		Answer expected = route.allowed().contains(actor) ? Answer.ALLOWED
				: (actor == Actor.ANONYMOUS) ? Answer.LOGIN
						: (actor == Actor.OTHER_FAMILY && route.allowed().contains(Actor.FAMILY)) ? Answer.NOT_FOUND
								: route.roleArea() ? Answer.FORBIDDEN : Answer.NOT_FOUND;
		expected.assertOn(result);
	}

	private static String email(Actor actor) {
		return switch (actor) {
			case COORDINATOR -> COORDINATOR;
			case ADMIN -> ADMIN_1;
			case COUNSELLOR -> counsellor;
			case OTHER_COUNSELLOR -> COUNSELLOR_2;
			case FAMILY -> FAMILY_1;
			case OTHER_FAMILY -> otherFamily;
			case ANONYMOUS -> throw new IllegalArgumentException();
		};
	}

}
