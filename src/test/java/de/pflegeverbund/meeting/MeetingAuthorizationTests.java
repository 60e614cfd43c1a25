package de.pflegeverbund.meeting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.familyportal.FamilyPortal;
import de.pflegeverbund.support.Answer;
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
 * Every meeting route × every audience × every kind of user: the coordinator, Leitung and
 * counsellor of Träger 1 (which organises the Träger meetings), Leitung and counsellor of
 * another Träger, a family of Träger 1 and an anonymous visitor. Who may not see a
 * meeting gets 404; organiser pages answer 404 to everybody but the organiser; anonymous
 * visitors are sent to the login for what needs an account.
 */
class MeetingAuthorizationTests extends PortalIntegrationTest {

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	enum Actor {

		COORDINATOR, ADMIN, COUNSELLOR, OTHER_ADMIN, OTHER_COUNSELLOR, FAMILY, OTHER_FAMILY, ANONYMOUS

	}

	/**
	 * The meetings of the matrix: who organises them and for whom they are.
	 */
	enum Target {

		NETWORK_STAFF(null, Audience.STAFF), PROVIDER_STAFF(ADMIN_1, Audience.STAFF),
		PROVIDER_FAMILIES(ADMIN_1, Audience.FAMILIES), NETWORK_FAMILIES(null, Audience.FAMILIES),
		PROVIDER_PUBLIC(ADMIN_1, Audience.PUBLIC);

		final String organiser;

		final Audience audience;

		Target(String organiser, Audience audience) {
			this.organiser = (organiser != null) ? organiser : PortalIntegrationTest.COORDINATOR;
			this.audience = audience;
		}

		boolean byNetwork() {
			return organiser.equals(PortalIntegrationTest.COORDINATOR);
		}

		boolean visibleTo(Actor actor) {
			return switch (audience) {
				case PUBLIC -> true;
				case STAFF -> actor != Actor.FAMILY && actor != Actor.OTHER_FAMILY && actor != Actor.ANONYMOUS;
				// the state office's family events are for every family, a Träger's for
				// its own families
				case FAMILIES ->
					byNetwork() ? actor == Actor.COORDINATOR || actor == Actor.FAMILY || actor == Actor.OTHER_FAMILY
							: actor == Actor.ADMIN || actor == Actor.COUNSELLOR || actor == Actor.FAMILY;
			};
		}

		boolean organisedBy(Actor actor) {
			return byNetwork() ? actor == Actor.COORDINATOR : actor == Actor.ADMIN;
		}

	}

	enum Access {

		/** whoever may see the meeting */
		SEE,
		/** whoever may see it, with an account */
		SEE_SIGNED_IN,
		/** whoever may see a public meeting */
		SEE_PUBLIC,
		/** the organiser */
		ORGANISER

	}

	record Route(String method, String path, Access access) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	private static String otherAdmin;

	/** A family account of Träger 2. */
	private static String otherFamily;

	private static final Map<Target, Long> meetings = new EnumMap<>(Target.class);

	@Autowired
	MeetingManagement management;

	@Autowired
	AccountManagement accounts;

	@Autowired
	FamilyPortal familyPortal;

	@BeforeEach
	void createTargets() {
		if (otherAdmin != null) {
			return;
		}
		otherAdmin = uniqueEmail("leitung-zwei");
		accounts.provision(otherAdmin, "Leitung Zwei", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				"ein langes Matrix-Passwort");
		otherFamily = uniqueEmail("familie-zwei");
		long otherProvider = providerIdOf(COUNSELLOR_2);
		familyPortal.link(
				accounts.provision(otherFamily, "Familie Zwei", Role.FAMILY, otherProvider,
						"ein langes Matrix-Passwort"),
				jdbc.queryForObject("select min(id) from foster_family where provider_id = ?", Long.class,
						otherProvider),
				otherProvider);
		for (Target target : Target.values()) {
			meetings.put(target, meeting(target));
		}
	}

	private long meeting(Target target) {
		Instant start = Instant.now().plus(20, ChronoUnit.DAYS);
		PortalUser organiser = (PortalUser) userDetailsService.loadUserByUsername(target.organiser);
		return management.create(organiser, new MeetingData(MeetingKind.NETWORK_MEETING, unique("Matrix " + target),
				start, start.plus(2, ChronoUnit.HOURS), "Münster", null, null, target.audience, 50, null));
	}

	static Stream<Arguments> matrix() {
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/veranstaltungen/{id}", Access.SEE));
		routes.add(new Route("GET", "/veranstaltungen/{id}/kalender.ics", Access.SEE));
		routes.add(new Route("POST", "/veranstaltungen/{id}/anmelden", Access.SEE_SIGNED_IN));
		routes.add(new Route("POST", "/veranstaltungen/{id}/abmelden", Access.SEE_SIGNED_IN));
		routes.add(new Route("POST", "/veranstaltungen/{id}/anmeldung", Access.SEE_PUBLIC));
		routes.add(new Route("GET", "/veranstaltungen/{id}/bearbeiten", Access.ORGANISER));
		routes.add(new Route("POST", "/veranstaltungen/{id}/bearbeiten", Access.ORGANISER));
		routes.add(new Route("GET", "/veranstaltungen/{id}/folgetreffen", Access.ORGANISER));
		routes.add(new Route("POST", "/veranstaltungen/{id}/folgetreffen", Access.ORGANISER));
		routes.add(new Route("GET", "/veranstaltungen/{id}/protokoll", Access.ORGANISER));
		routes.add(new Route("POST", "/veranstaltungen/{id}/teilnahme", Access.ORGANISER));
		routes.add(new Route("POST", "/veranstaltungen/{id}/protokoll", Access.ORGANISER));
		routes.add(new Route("POST", "/veranstaltungen/{id}/absagen", Access.ORGANISER));
		return routes.stream()
			.flatMap(route -> Stream.of(Target.values())
				.flatMap(target -> Stream.of(Actor.values()).map(actor -> Arguments.of(route, target, actor))));
	}

	@ParameterizedTest(name = "{0} of {1} as {2}")
	@MethodSource("matrix")
	void meetingRouteAnswersOnlyTheAllowed(Route route, Target target, Actor actor) {
		long id = route.path().endsWith("/absagen") ? meeting(target) : meetings.get(target);
		String path = route.path().replace("{id}", String.valueOf(id));
		MockMvcRequestBuilder request = "GET".equals(route.method()) ? mvc.get().uri(path)
				: mvc.post().uri(path).with(csrf());
		request = request.with(r -> {
			r.setRemoteAddr("198.51.100." + (CLIENTS.getAndIncrement() % 250));
			return r;
		});
		if (actor != Actor.ANONYMOUS) {
			request = request.with(as(email(actor)));
		}
		MvcTestResult result = request.exchange();
		boolean allowed = switch (route.access()) {
			case SEE -> target.visibleTo(actor);
			case SEE_SIGNED_IN -> target.visibleTo(actor) && actor != Actor.ANONYMOUS;
			case SEE_PUBLIC -> target.visibleTo(actor) && target.audience == Audience.PUBLIC;
			case ORGANISER -> target.organisedBy(actor);
		};
		boolean needsAccount = route.access() == Access.SEE_SIGNED_IN || route.access() == Access.ORGANISER;
		Answer expected = allowed ? Answer.ALLOWED
				: (actor == Actor.ANONYMOUS && needsAccount) ? Answer.LOGIN : Answer.NOT_FOUND;
		expected.assertOn(result);
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("creation")
	void creationFormsAreForTheOrganisersOnly(String method, String path, Actor actor, int expected) {
		MockMvcRequestBuilder request = "GET".equals(method) ? mvc.get().uri(path) : mvc.post().uri(path).with(csrf());
		if (actor != Actor.ANONYMOUS) {
			request = request.with(as(email(actor)));
		}
		assertThat(request.exchange().getResponse().getStatus()).isEqualTo(expected);
	}

	static Stream<Arguments> creation() {
		List<Arguments> arguments = new ArrayList<>();
		for (Actor actor : Actor.values()) {
			for (String method : List.of("GET", "POST")) {
				arguments.add(Arguments.of(method, "/koordination/veranstaltungen/neu", actor,
						(actor == Actor.COORDINATOR) ? 200 : (actor == Actor.ANONYMOUS) ? 302 : 403));
				arguments.add(Arguments.of(method, "/leitung/veranstaltungen/neu", actor,
						(actor == Actor.ADMIN || actor == Actor.OTHER_ADMIN) ? 200
								: (actor == Actor.ANONYMOUS) ? 302 : 403));
			}
		}
		return arguments.stream();
	}

	private static String email(Actor actor) {
		return switch (actor) {
			case COORDINATOR -> COORDINATOR;
			case ADMIN -> ADMIN_1;
			case COUNSELLOR -> COUNSELLOR_1;
			case OTHER_ADMIN -> otherAdmin;
			case OTHER_COUNSELLOR -> COUNSELLOR_2;
			case FAMILY -> FAMILY_1;
			case OTHER_FAMILY -> otherFamily;
			case ANONYMOUS -> throw new IllegalArgumentException();
		};
	}

}
