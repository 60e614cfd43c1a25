package de.pflegeverbund.account.security;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * A form that arrived after its session had expired. It is kept in the new session, so
 * that after signing in again the user can send it once more and loses nothing they
 * typed. Passwords and the stale CSRF token are not kept.
 *
 * @param path where the form was sent
 * @param fields the submitted values, in order
 */
public record PendingForm(String path, Map<String, List<String>> fields) implements Serializable {

	static final String SESSION_ATTRIBUTE = "portal.pendingForm";

	private static final Set<String> NOT_KEPT = Set.of("_csrf", "password", "confirmation", "username");

	private static final int MAX_CHARACTERS = 200_000;

	static @Nullable PendingForm of(HttpServletRequest request) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		int size = 0;
		for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
			if (NOT_KEPT.contains(entry.getKey())) {
				continue;
			}
			for (String value : entry.getValue()) {
				size += entry.getKey().length() + value.length();
			}
			fields.put(entry.getKey(), List.of(entry.getValue()));
		}
		if (fields.isEmpty() || size > MAX_CHARACTERS) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return new PendingForm(path, fields);
	}

	void store(HttpSession session) {
		session.setAttribute(SESSION_ATTRIBUTE, this);
	}

	static boolean isPending(@Nullable HttpSession session) {
		return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof PendingForm;
	}

	/**
	 * Takes the pending form out of the session.
	 */
	public static @Nullable PendingForm take(@Nullable HttpSession session) {
		if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof PendingForm form)) {
			return null;
		}
		session.removeAttribute(SESSION_ATTRIBUTE);
		return form;
	}

}
