package de.pflegeverbund.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Routes looked up by their first path segment find what Spring's own lookup finds, for
 * every route of the portal, and paths Spring decodes are decoded here too.
 */
class FirstSegmentHandlerMappingTests extends PortalIntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ApplicationContext context;

	@Test
	void literalFirstSegmentsOfPatterns() {
		assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/familien/{id}/kontakte")).isEqualTo("familien");
		assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/impressum")).isEqualTo("impressum");
		assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/{name}/x")).isNull();
		assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/**")).isNull();
		assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/fam*/x")).isNull();
		assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/")).isNull();
		assertThat(FirstSegmentHandlerMapping.literalFirstSegment("")).isNull();
	}

	@Test
	void everyRouteFindsTheHandlerSpringsOwnLookupFinds() throws Exception {
		assertThat(mapping).isInstanceOf(FirstSegmentHandlerMapping.class);
		RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
		plain.setApplicationContext(context);
		plain.setEmbeddedValueResolver(context.getEnvironment()::resolvePlaceholders);
		plain.setPatternParser(mapping.getPatternParser());
		plain.afterPropertiesSet();

		List<String> checked = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = route.getKey();
			List<RequestMethod> methods = new ArrayList<>(info.getMethodsCondition().getMethods());
			String method = methods.isEmpty() ? "GET" : methods.get(0).name();
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{\\*[^}]+}", "x").replaceAll("\\{[^}]+}", "17");
				// as written, with its first letter and a digit percent-encoded, one
				// segment
				// longer
				String encoded = (path.length() > 1 && Character.isLetter(path.charAt(1)))
						? "/%" + Integer.toHexString(path.charAt(1)) + path.substring(2) : path;
				for (String requestPath : List.of(path, encoded, path.replace("/1", "/%31"), path + "/unbekannt")) {
					Object ours = handler(mapping, method, requestPath);
					Object springs = handler(plain, method, requestPath);
					assertThat(describe(ours)).as(method + " " + requestPath).isEqualTo(describe(springs));
					checked.add(method + " " + requestPath);
				}
			}
		}
		assertThat(checked).hasSizeGreaterThan(400);
	}

	@Test
	void encodedFirstSegmentIsMatchedDecodedAsByPatterns() throws Exception {
		assertThat(describe(handler(mapping, "GET", "/famil%69en/17")))
			.isEqualTo(describe(handler(mapping, "GET", "/familien/17")));
		assertThat(handler(mapping, "GET", "/familien/17")).isNotNull();
	}

	@Test
	void aRouteSentWithTheWrongMethodStillAnswers405() {
		assertThat(mvc.put().uri("/familien/17").with(as(COUNSELLOR_1)).with(csrf())).hasStatus(405);
	}

	private static Object handler(RequestMappingHandlerMapping mapping, String method, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRequestURI(path);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return (chain != null) ? chain.getHandler() : "none";
		}
		catch (Exception ex) {
			// the answer for a path that matches no route (405, 415, 400): the same type
			return ex.getClass();
		}
	}

	private static String describe(Object handler) {
		return (handler instanceof HandlerMethod method) ? method.getMethod().toString() : String.valueOf(handler);
	}

}
