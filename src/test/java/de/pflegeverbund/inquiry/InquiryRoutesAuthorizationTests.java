package de.pflegeverbund.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import de.pflegeverbund.support.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every inquiry route × every kind of user: the Leitung of the inquiry's Träger, the
 * counsellor it is assigned to, another counsellor of that Träger, Leitung and counsellor
 * of another Träger, the coordinator, a family and an anonymous visitor. Records answer
 * 404 to everybody who may not see them; the role areas answer 403 (signed in) or the
 * login (anonymous).
 */
class InquiryRoutesAuthorizationTests extends InquiryTestSupport {

	enum Actor {

		ADMIN, ASSIGNED_COUNSELLOR, OTHER_COUNSELLOR, OTHER_PROVIDER_ADMIN, OTHER_PROVIDER_COUNSELLOR, COORDINATOR,
		FAMILY, ANONYMOUS

	}

	private static TestProvider provider;

	private static TestProvider other;

	private static String otherCounsellor;

	private static long inquiry;

	private static long inboxInquiry;

	@BeforeEach
	void createTargets() {
		if (provider != null) {
			return;
		}
		String prefix = newPrefix();
		provider = provider(prefix);
		other = provider(newPrefix());
		otherCounsellor = uniqueEmail("andere-fachkraft");
		accounts.provision(otherCounsellor, "Andere Fachkraft", de.pflegeverbund.account.Role.COUNSELLOR, provider.id(),
				PASSWORD);
		inquiry = inquiryAt(prefix + "11", uniqueName("Matrix"));
		inquiries.assign(user(provider.lead()), inquiry, accountId(provider.counsellor()));
		inboxInquiry = inquiryAt("07" + prefix, uniqueName("Matrixeingang"));
	}

	record Route(String method, String path, Predicate<Actor> allowed, boolean roleArea) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	static Stream<Arguments> matrix() {
		Predicate<Actor> everybody = actor -> true;
		Predicate<Actor> anyStaff = actor -> actor != Actor.COORDINATOR && actor != Actor.FAMILY
				&& actor != Actor.ANONYMOUS;
		Predicate<Actor> seeing = actor -> actor == Actor.ADMIN || actor == Actor.ASSIGNED_COUNSELLOR;
		Predicate<Actor> admin = actor -> actor == Actor.ADMIN;
		Predicate<Actor> coordinator = actor -> actor == Actor.COORDINATOR;
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/interesse", everybody, false));
		routes.add(new Route("POST", "/interesse", everybody, false));
		routes.add(new Route("GET", "/interesse/danke", everybody, false));
		routes.add(new Route("GET", "/datenschutz", everybody, false));
		routes.add(new Route("GET", "/impressum", everybody, false));
		routes.add(new Route("GET", "/anfragen", anyStaff, false));
		routes.add(new Route("GET", "/anfragen/tafel", anyStaff, false));
		routes.add(new Route("GET", "/anfragen/{id}", seeing, false));
		routes.add(new Route("POST", "/anfragen/{id}/status", seeing, false));
		routes.add(new Route("POST", "/anfragen/{id}/notizen", seeing, false));
		routes.add(new Route("POST", "/anfragen/{id}/zuordnung", admin, false));
		routes.add(new Route("POST", "/anfragen/{id}/loeschen", admin, false));
		routes.add(new Route("GET", "/anfragen/{id}/pflegefamilie", admin, false));
		routes.add(new Route("POST", "/anfragen/{id}/pflegefamilie", admin, false));
		routes.add(new Route("GET", "/koordination/anfragen", coordinator, true));
		routes.add(new Route("POST", "/koordination/anfragen/{inbox}/weiterleiten", coordinator, true));
		return routes.stream().flatMap(route -> Stream.of(Actor.values()).map(actor -> Arguments.of(route, actor)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void inquiryRouteAnswersOnlyTheAllowed(Route route, Actor actor) {
		String path = route.path()
			.replace("{id}", String.valueOf(inquiry))
			.replace("{inbox}", String.valueOf(inboxInquiry));
		MockMvcRequestBuilder request = "GET".equals(route.method()) ? mvc.get().uri(path)
				: mvc.post().uri(path).with(csrf());
		request = request.with(r -> {
			r.setRemoteAddr(newClient());
			return r;
		});
		if (actor != Actor.ANONYMOUS) {
			request = request.with(as(email(actor)));
		}
		MvcTestResult result = request.exchange();
		Answer expected = route.allowed().test(actor) ? Answer.ALLOWED
				: (actor == Actor.ANONYMOUS) ? Answer.LOGIN : route.roleArea() ? Answer.FORBIDDEN : Answer.NOT_FOUND;
		expected.assertOn(result);
	}

	private String email(Actor actor) {
		return switch (actor) {
			case ADMIN -> provider.lead();
			case ASSIGNED_COUNSELLOR -> provider.counsellor();
			case OTHER_COUNSELLOR -> otherCounsellor;
			case OTHER_PROVIDER_ADMIN -> other.lead();
			case OTHER_PROVIDER_COUNSELLOR -> other.counsellor();
			case COORDINATOR -> COORDINATOR;
			case FAMILY -> FAMILY_1;
			case ANONYMOUS -> throw new IllegalArgumentException();
		};
	}

}
