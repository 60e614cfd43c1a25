package de.pflegeverbund.shared.web;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pflegeverbund.shared.db.DuplicateSubmissionException;
import de.pflegeverbund.shared.db.FormSubmissionKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * One-time keys of the portal's forms, against forms written twice: every form rendered
 * for sending gets a new key in the hidden field {@value FormSubmissionKey#FIELD}. A
 * request that brings a key that has been stored is refused before it reaches its
 * controller ({@link DuplicateSubmissionException}, answered by
 * {@link DuplicateSubmissionAdvice}); otherwise the key goes with the request's first
 * writing transaction ({@link FormSubmissionKey}), and the page the request led to is
 * noted, so that a second sending can be led there too. Keys are kept for
 * {@code portal.forms.key-retention}; a form older than that is simply written.
 */
@Component
public class FormSubmissions implements HandlerInterceptor {

	private static final Log logger = LogFactory.getLog(FormSubmissions.class);

	private static final int MAX_LOCATION = 2000;

	private final JdbcTemplate jdbc;

	private final Duration retention;

	private final Clock clock;

	FormSubmissions(JdbcTemplate jdbc, @Value("${portal.forms.key-retention}") Duration retention, Clock clock) {
		this.jdbc = jdbc;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			return true;
		}
		UUID token = Forms.uuidOrNull(request.getParameter(FormSubmissionKey.FIELD));
		if (token == null) {
			return true;
		}
		if (isStored(token)) {
			throw new DuplicateSubmissionException(token);
		}
		FormSubmissionKey.begin(token);
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		FormSubmissionKey key = FormSubmissionKey.current();
		FormSubmissionKey.end();
		if (key == null || !key.stored()) {
			return;
		}
		String location = ownPath(request, response.getHeader("Location"));
		if (ex == null && response.getStatus() / 100 == 3 && isOwnPath(location)) {
			jdbc.update("update form_submission set location = ? where token = ?", location, key.token());
		}
	}

	/** Whether a sending of the form with this key has been written. */
	boolean isStored(UUID token) {
		return !jdbc.queryForList("select 1 from form_submission where token = ?", Integer.class, token).isEmpty();
	}

	/**
	 * The page the first sending of the form led to, waiting a moment for a sending that
	 * is still being answered; {@code null} if there is none.
	 */
	@Nullable String locationOf(UUID token, Duration patience) {
		long until = System.nanoTime() + patience.toNanos();
		while (true) {
			List<String> locations = jdbc.queryForList("select location from form_submission where token = ?",
					String.class, token);
			String location = locations.isEmpty() ? null : locations.get(0);
			if (location != null || System.nanoTime() > until) {
				return location;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
	}

	@Scheduled(cron = "${portal.forms.key-job-cron}")
	@SchedulerLock(name = "form-submission-keys", lockAtLeastFor = "PT5M")
	public void forgetOldKeys() {
		int forgotten = jdbc.update("delete from form_submission where submitted_at < ?",
				Timestamp.from(clock.instant().minus(retention)));
		logger.info("Forgot " + forgotten + " one-time form keys older than " + retention);
	}

	/**
	 * The path (and query) of a location on this portal, also when the servlet container
	 * has made it absolute; {@code null} for anywhere else.
	 */
	static @Nullable String ownPath(HttpServletRequest request, @Nullable String location) {
		if (location == null || location.startsWith("/")) {
			return location;
		}
		try {
			URI uri = URI.create(location);
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (IllegalArgumentException invalid) {
			return null;
		}
	}

	static boolean isOwnPath(@Nullable String location) {
		return location != null && location.startsWith("/") && !location.startsWith("//")
				&& location.length() <= MAX_LOCATION;
	}

	/**
	 * Adds a new one-time key to every form Thymeleaf renders for sending, next to the
	 * CSRF token the wrapped processor adds.
	 */
	static final class KeyAddingProcessor implements RequestDataValueProcessor {

		private final RequestDataValueProcessor delegate;

		KeyAddingProcessor(RequestDataValueProcessor delegate) {
			this.delegate = delegate;
		}

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			return delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
				String type) {
			return delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = new HashMap<>(delegate.getExtraHiddenFields(request));
			fields.put(FormSubmissionKey.FIELD, UUID.randomUUID().toString());
			return fields;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return delegate.processUrl(request, url);
		}

	}

}
