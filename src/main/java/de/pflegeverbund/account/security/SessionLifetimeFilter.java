package de.pflegeverbund.account.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session after an absolute lifetime, however active it was (the idle
 * timeout alone would let a busy session live for ever): the next request after
 * {@code portal.session.absolute-lifetime} invalidates the session and leads to the
 * sign-in page.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	/**
	 * When the user signed in, set by the sign-in.
	 */
	static final String SIGNED_IN_AT = "portal.signedInAt";

	private final Duration lifetime;

	private final Clock clock;

	SessionLifetimeFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	static void signedIn(HttpServletRequest request, Clock clock) {
		request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
				&& signedInAt.plus(lifetime).isBefore(clock.instant())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?beendet");
			return;
		}
		chain.doFilter(request, response);
	}

}
