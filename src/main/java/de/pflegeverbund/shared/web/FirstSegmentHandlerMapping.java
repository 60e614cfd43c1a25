package de.pflegeverbund.shared.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's handler mapping of the controllers, which for a path with variables (such as
 * {@code /familien/17/kontakte}) looks only at the routes whose first path segment is the
 * request's.
 * <p>
 * For such a path Spring has no direct entry and tests every route of the portal, some
 * 170, each asking the request for its method and its parsed path through eight layers of
 * request wrappers before its patterns are matched: 5 % of the CPU of saving a contact
 * and showing it (docs/performance.md, eleventh run). A pattern whose first segment is a
 * literal matches only a path whose first segment is that literal (compared as the
 * pattern compares it: decoded, without path parameters, case-sensitive), so the other
 * routes are passed over without asking. Routes whose first segment is a variable or a
 * wildcard, and requests whose path does not start with a segment, go through Spring's
 * test as before; so do the answers for a path that matches no route (404, 405, 415).
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

	private static final ThreadLocal<@Nullable String> FIRST_SEGMENT = new ThreadLocal<>();

	/**
	 * The literal first segments of each route's patterns; empty where a pattern starts
	 * with a variable or wildcard (every request is tested then).
	 */
	private final Map<RequestMappingInfo, Optional<Set<String>>> firstSegments = new ConcurrentHashMap<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		FIRST_SEGMENT.set(firstSegment(request));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			FIRST_SEGMENT.remove();
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String first = FIRST_SEGMENT.get();
		if (first != null) {
			Optional<Set<String>> literal = this.firstSegments.computeIfAbsent(info,
					FirstSegmentHandlerMapping::literalFirstSegments);
			if (literal.isPresent() && !literal.get().contains(first)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * The request's first path segment as patterns compare it, or {@code null} when the
	 * path does not start with "/" and a segment, or patterns ignore case.
	 */
	private @Nullable String firstSegment(HttpServletRequest request) {
		if (getPatternParser() == null || !getPatternParser().isCaseSensitive()
				|| !ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return null;
		}
		List<PathContainer.Element> elements = ServletRequestPathUtils.getParsedRequestPath(request)
			.pathWithinApplication()
			.elements();
		if (elements.size() < 2 || !(elements.get(0) instanceof PathContainer.Separator)
				|| !(elements.get(1) instanceof PathContainer.PathSegment)) {
			return null;
		}
		return ((PathContainer.PathSegment) elements.get(1)).valueToMatch();
	}

	static Optional<Set<String>> literalFirstSegments(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null) {
			return Optional.empty();
		}
		Set<String> literals = new HashSet<>();
		for (PathPattern pattern : condition.getPatterns()) {
			String literal = literalFirstSegment(pattern.getPatternString());
			if (literal == null) {
				return Optional.empty();
			}
			literals.add(literal);
		}
		return literals.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(literals));
	}

	/**
	 * The first segment of a pattern if it is plain text: "familien" for
	 * {@code /familien/{id}}; {@code null} for {@code /{name}}, {@code /**},
	 * {@code /fam*} or the root.
	 */
	static @Nullable String literalFirstSegment(String pattern) {
		if (!pattern.startsWith("/")) {
			return null;
		}
		int end = pattern.indexOf('/', 1);
		String segment = pattern.substring(1, (end < 0) ? pattern.length() : end);
		if (segment.isEmpty()
				|| segment.chars().anyMatch(c -> c == '{' || c == '*' || c == '?' || c == '%' || c == ';')) {
			return null;
		}
		return segment;
	}

}
