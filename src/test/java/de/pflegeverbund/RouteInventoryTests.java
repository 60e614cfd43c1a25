package de.pflegeverbund;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application (taken from its own request mappings) has an expected
 * outcome for every kind of user in one of the authorization matrices; a new route
 * without one fails the build, and so does a matrix entry for a route that no longer
 * exists.
 */
class RouteInventoryTests extends PortalIntegrationTest {

	/**
	 * The matrices: test class and the static method that lists its routes.
	 */
	private static final String[][] MATRICES = { { "de.pflegeverbund.account.AdminRoutesAuthorizationTests", "matrix" },
			{ "de.pflegeverbund.account.OtherRoutesAuthorizationTests", "matrix" },
			{ "de.pflegeverbund.family.FamilyRoutesAuthorizationTests", "matrix" },
			{ "de.pflegeverbund.inquiry.InquiryRoutesAuthorizationTests", "matrix" },
			{ "de.pflegeverbund.meeting.MeetingAuthorizationTests", "matrix" },
			{ "de.pflegeverbund.meeting.MeetingAuthorizationTests", "creation" },
			{ "de.pflegeverbund.familyportal.FamilyPortalAuthorizationTests", "matrix" },
			{ "de.pflegeverbund.cooperation.CooperationTests", "routes" },
			{ "de.pflegeverbund.supervision.SupervisionTests", "routes" },
			{ "de.pflegeverbund.statistics.StatisticsPagesTests", "routes" },
			{ "de.pflegeverbund.account.SecondFactorAuthorizationTests", "matrix" } };

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteHasExpectationsAndEveryExpectationARoute() throws Exception {
		Set<String> routes = new TreeSet<>();
		for (var mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			if (mapping.getValue()
				.getBeanType()
				.getProtectionDomain()
				.getCodeSource()
				.getLocation()
				.toString()
				.contains("test-classes")) {
				continue; // controllers of the tests themselves
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					for (String alternative : alternatives(pattern)) {
						routes.add(method.name() + " " + normalize(alternative));
					}
				}
			}
		}
		Set<String> expected = new TreeSet<>();
		for (String[] matrix : MATRICES) {
			Method source = Class.forName(matrix[0]).getDeclaredMethod(matrix[1]);
			source.setAccessible(true);
			try (Stream<?> arguments = (Stream<?>) source.invoke(null)) {
				arguments.forEach(argument -> expected.add(route(((Arguments) argument).get())));
			}
		}
		assertThat(routes).as("routes without expectations in any authorization matrix")
			.isSubsetOf(expected)
			.as("matrix entries for routes that do not exist")
			.containsAll(expected);
	}

	private static String route(Object[] arguments) {
		Object first = arguments[0];
		if (first instanceof String text && text.startsWith("/")) {
			return "GET " + normalize(text);
		}
		if (first instanceof String method) {
			return method + " " + normalize((String) arguments[1]);
		}
		try {
			Method method = first.getClass().getDeclaredMethod("method");
			Method path = first.getClass().getDeclaredMethod("path");
			method.setAccessible(true);
			path.setAccessible(true);
			return method.invoke(first) + " " + normalize((String) path.invoke(first));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("no route in " + first, ex);
		}
	}

	/**
	 * A pattern with a variable of fixed choices ({@code export.{format:csv|xlsx}})
	 * stands for each choice.
	 */
	private static java.util.List<String> alternatives(String pattern) {
		java.util.regex.Matcher choice = java.util.regex.Pattern.compile("\\{[^:}]+:([a-z|]+)}").matcher(pattern);
		if (!choice.find()) {
			return java.util.List.of(pattern);
		}
		return java.util.Arrays.stream(choice.group(1).split("\\|"))
			.map(option -> pattern.substring(0, choice.start()) + option + pattern.substring(choice.end()))
			.toList();
	}

	/**
	 * Path variables by position, not by name: {@code /familien/{family}} and
	 * {@code /familien/{id}} are the same route.
	 */
	private static String normalize(String path) {
		return path.replaceAll("\\{[^}]+}", "{}");
	}

}
