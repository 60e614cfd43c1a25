package de.pflegeverbund.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.pflegeverbund.account.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes the audit log: every request of a signed-in user to a page or download of the
 * portal (GET = read, everything else = write; the record is the route's last id), and
 * every sign-in, failed sign-in and sign-out. A failed write to the log is logged
 * (without personal data) and does not break the user's request.
 */
@Component
class AuditRecorder implements HandlerInterceptor {

	private static final Log logger = LogFactory.getLog(AuditRecorder.class);

	private final AuditLog log;

	AuditRecorder(AuditLog log) {
		this.log = log;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (!(handler instanceof HandlerMethod)) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
			return;
		}
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String method = request.getMethod();
		String action = ("GET".equals(method) || "HEAD".equals(method)) ? "READ" : "WRITE";
		record(user.id(), user.providerId(), action, recordType(pattern), recordId(pattern, variables),
				(pattern != null) ? method + " " + pattern : null, response.getStatus());
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
			record(user.id(), user.providerId(), "LOGIN", null, null, null, null);
		}
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		record(null, null, "LOGIN_FAILED", null, null, null, null);
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
			record(user.id(), user.providerId(), "LOGOUT", null, null, null, null);
		}
	}

	private void record(@Nullable Long accountId, @Nullable Long providerId, String action, @Nullable String recordType,
			@Nullable Long recordId, @Nullable String route, @Nullable Integer status) {
		try {
			log.append(accountId, providerId, action, recordType, recordId, route, status);
		}
		catch (RuntimeException ex) {
			logger.error("Audit event could not be written: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * The route's literal segments, e.g. {@code familien/kontakte} for
	 * {@code /familien/{id}/kontakte/{visit}}.
	 */
	static @Nullable String recordType(@Nullable String pattern) {
		if (pattern == null) {
			return null;
		}
		List<String> literal = new ArrayList<>();
		for (String segment : pattern.split("/")) {
			if (!segment.isEmpty() && !segment.startsWith("{")) {
				literal.add(segment);
			}
		}
		String type = String.join("/", literal);
		return type.isEmpty() ? null : (type.length() > 40 ? type.substring(0, 40) : type);
	}

	/**
	 * The value of the route's last numeric path variable.
	 */
	static @Nullable Long recordId(@Nullable String pattern, @Nullable Map<String, String> variables) {
		if (pattern == null || variables == null) {
			return null;
		}
		Long id = null;
		for (String segment : pattern.split("/")) {
			if (segment.startsWith("{") && segment.endsWith("}")) {
				String value = variables.get(segment.substring(1, segment.length() - 1));
				if (value != null && value.matches("[0-9]{1,18}")) {
					id = Long.valueOf(value);
				}
			}
		}
		return id;
	}

}
