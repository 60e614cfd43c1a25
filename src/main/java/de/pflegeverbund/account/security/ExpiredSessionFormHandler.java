package de.pflegeverbund.account.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after the session expired fails the CSRF check. Instead of a 403 the values
 * are kept in a new session ({@link PendingForm}) and the user is asked to sign in again;
 * a public form (no account) is offered for sending again at once. Everything else is
 * denied as usual.
 */
class ExpiredSessionFormHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getPrincipal());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (accessDeniedException instanceof CsrfException && "POST".equals(request.getMethod()) && !signedIn
				&& !path.equals("/login") && !path.equals("/logout") && !path.startsWith("/konto/")) {
			PendingForm form = PendingForm.of(request);
			if (form != null) {
				form.store(request.getSession(true));
				boolean publicForm = SecurityConfiguration.PUBLIC_FORMS.stream().anyMatch(path::startsWith);
				response.sendRedirect(
						request.getContextPath() + (publicForm ? "/eingaben-wiederherstellen" : "/login?abgelaufen"));
				return;
			}
		}
		denied.handle(request, response, accessDeniedException);
	}

}
