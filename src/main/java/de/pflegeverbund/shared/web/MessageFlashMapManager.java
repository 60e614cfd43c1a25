package de.pflegeverbund.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseCookie;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriUtils;

/**
 * Flash attributes after a redirect: the portal's messages ("Kontakt gespeichert.") in a
 * short-lived cookie, everything else in the session as Spring keeps it.
 * <p>
 * Nearly every form sent ends with a redirect and a message. In the session, the message
 * was written as a serialized Java object into {@code spring_session_attributes} with the
 * redirect, read and deserialized with the page it leads to, and deleted again: two
 * statements and a serialization each way (docs/performance.md, eleventh run). A flash
 * map whose attributes are only {@code success}, {@code failure} and {@code notice}, each
 * a message key, now goes into the cookie {@value #COOKIE} (HttpOnly, SameSite=Lax,
 * secure where the request is, three minutes) with its target path and parameters, as
 * Spring matches them. The cookie carries no personal data: message keys and the portal's
 * own paths. A message read from it is shown only if it is one of the portal's messages,
 * so a cookie set by someone else can at most show one of them. Flash maps with other
 * attributes (typed input kept after a conflict, a recovery code) stay in the session.
 */
class MessageFlashMapManager extends SessionFlashMapManager {

	static final String COOKIE = "FLASH";

	private static final List<String> MESSAGES = List.of("success", "failure", "notice");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,120}");

	private static final int MAX_COOKIE = 2000;

	/** Request attribute: the session held flash maps when they were read. */
	private static final String SESSION_HELD = MessageFlashMapManager.class.getName() + ".sessionHeld";

	private final MessageSource messages;

	MessageFlashMapManager(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		List<FlashMap> fromSession = (request.getSession(false) != null) ? super.retrieveFlashMaps(request) : null;
		boolean sessionHeld = fromSession != null && !fromSession.isEmpty();
		request.setAttribute(SESSION_HELD, sessionHeld);
		List<FlashMap> fromCookie = read(request);
		if (!sessionHeld && fromCookie.isEmpty()) {
			return null;
		}
		List<FlashMap> all = new ArrayList<>(fromCookie);
		if (sessionHeld) {
			all.addAll(fromSession);
		}
		return all;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		List<FlashMap> messagesOnly = new ArrayList<>();
		List<FlashMap> others = new ArrayList<>();
		for (FlashMap flashMap : flashMaps) {
			(isMessagesOnly(flashMap) ? messagesOnly : others).add(flashMap);
		}
		String value = encode(messagesOnly);
		if (value.length() > MAX_COOKIE) {
			others.addAll(messagesOnly);
			value = "";
		}
		if (!value.isEmpty() || hasCookie(request)) {
			response.addHeader("Set-Cookie",
					ResponseCookie.from(COOKIE, value)
						.path(request.getContextPath() + "/")
						.httpOnly(true)
						.secure(request.isSecure())
						.sameSite("Lax")
						.maxAge(value.isEmpty() ? 0 : getFlashMapTimeout())
						.build()
						.toString());
		}
		if (!others.isEmpty() || Boolean.TRUE.equals(request.getAttribute(SESSION_HELD))) {
			super.updateFlashMaps(others, request, response);
		}
	}

	/** The session's mutex where there is a session: a message alone creates none. */
	@Override
	protected @Nullable Object getFlashMapsMutex(HttpServletRequest request) {
		return (request.getSession(false) != null) ? super.getFlashMapsMutex(request) : null;
	}

	private static boolean isMessagesOnly(FlashMap flashMap) {
		if (flashMap.isEmpty()) {
			return false;
		}
		for (Map.Entry<String, Object> attribute : flashMap.entrySet()) {
			if (!MESSAGES.contains(attribute.getKey()) || !(attribute.getValue() instanceof String key)
					|| !KEY.matcher(key).matches()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One line per flash map: expiry, target path, target parameters, attributes; each
	 * part URL-encoded, the whole Base64 (URL alphabet) as cookie values allow.
	 */
	static String encode(List<FlashMap> flashMaps) {
		if (flashMaps.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (FlashMap flashMap : flashMaps) {
			StringBuilder params = new StringBuilder();
			flashMap.getTargetRequestParams()
				.forEach((name,
						values) -> values.forEach(value -> params.append((params.length() > 0) ? "&" : "")
							.append(UriUtils.encode(name, StandardCharsets.UTF_8))
							.append('=')
							.append(UriUtils.encode(value, StandardCharsets.UTF_8))));
			StringBuilder attributes = new StringBuilder();
			flashMap.forEach((name, value) -> attributes.append((attributes.length() > 0) ? "&" : "")
				.append(name)
				.append('=')
				.append(value));
			text.append(flashMap.getExpirationTime())
				.append(' ')
				.append(UriUtils.encode(String.valueOf(flashMap.getTargetRequestPath()), StandardCharsets.UTF_8))
				.append(' ')
				.append(UriUtils.encode(params.toString(), StandardCharsets.UTF_8))
				.append(' ')
				.append(UriUtils.encode(attributes.toString(), StandardCharsets.UTF_8))
				.append('\n');
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The flash maps of the cookie; what does not read as one is left out. */
	private List<FlashMap> read(HttpServletRequest request) {
		List<FlashMap> flashMaps = new ArrayList<>();
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return flashMaps;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()
					&& cookie.getValue().length() <= MAX_COOKIE) {
				for (FlashMap flashMap : decode(cookie.getValue())) {
					if (isKnown(flashMap)) {
						flashMaps.add(flashMap);
					}
				}
			}
		}
		return flashMaps;
	}

	static List<FlashMap> decode(String value) {
		List<FlashMap> flashMaps = new ArrayList<>();
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return flashMaps;
		}
		for (String line : text.split("\n")) {
			String[] parts = line.split(" ", -1);
			if (parts.length != 4) {
				continue;
			}
			try {
				FlashMap flashMap = new FlashMap();
				String path = UriUtils.decode(parts[1], StandardCharsets.UTF_8);
				flashMap.setTargetRequestPath("null".equals(path) ? null : path);
				MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
				for (String param : pairs(UriUtils.decode(parts[2], StandardCharsets.UTF_8))) {
					int equals = param.indexOf('=');
					params.add(UriUtils.decode(param.substring(0, equals), StandardCharsets.UTF_8),
							UriUtils.decode(param.substring(equals + 1), StandardCharsets.UTF_8));
				}
				flashMap.addTargetRequestParams(params);
				for (String attribute : pairs(UriUtils.decode(parts[3], StandardCharsets.UTF_8))) {
					int equals = attribute.indexOf('=');
					flashMap.put(attribute.substring(0, equals), attribute.substring(equals + 1));
				}
				flashMap.setExpirationTime(Long.parseLong(parts[0]));
				// Spring matches a flash map whatever its age; the cookie's is checked
				if (isMessagesOnly(flashMap) && !flashMap.isExpired()) {
					flashMaps.add(flashMap);
				}
			}
			catch (IllegalArgumentException | StringIndexOutOfBoundsException ex) {
				// not written by this class: left out
			}
		}
		return flashMaps;
	}

	private static List<String> pairs(String text) {
		List<String> pairs = new ArrayList<>();
		for (String pair : text.split("&")) {
			if (pair.indexOf('=') > 0) {
				pairs.add(pair);
			}
		}
		return pairs;
	}

	private boolean isKnown(FlashMap flashMap) {
		for (Object key : flashMap.values()) {
			if (this.messages.getMessage((String) key, null, null, Locale.GERMAN) == null) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

}
