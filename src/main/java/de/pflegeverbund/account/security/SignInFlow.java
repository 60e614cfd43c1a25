package de.pflegeverbund.account.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import de.pflegeverbund.account.PortalUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The steps of signing in: after the password either the second factor or on to the page
 * the user wanted (or to the form they were filling in when the session ran out).
 */
public final class SignInFlow {

	/** The authority a user holds once the second factor is shown in this session. */
	public static final String SECOND_FACTOR_AUTHORITY = "FACTOR_TOTP";

	/** The page that asks for the second factor. */
	public static final String SECOND_FACTOR_PAGE = "/anmelden/zweiter-faktor";

	private SignInFlow() {
	}

	/**
	 * Whether the user has shown everything their account asks for.
	 */
	public static boolean isComplete(Authentication authentication) {
		return !asksForSecondFactor(authentication) || hasSecondFactor(authentication);
	}

	/**
	 * Whether the account asks for a second factor: set up, or required and still to be
	 * set up.
	 */
	public static boolean asksForSecondFactor(Authentication authentication) {
		return authentication.getPrincipal() instanceof PortalUser user
				&& user.secondFactor() != PortalUser.SecondFactor.NONE;
	}

	public static boolean hasSecondFactor(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> authority instanceof FactorGrantedAuthority
					&& SECOND_FACTOR_AUTHORITY.equals(authority.getAuthority()));
	}

	/**
	 * Where the user goes once signed in completely.
	 */
	public static void proceed(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		if (PendingForm.isPending(request.getSession(false))) {
			response.sendRedirect(request.getContextPath() + "/eingaben-wiederherstellen");
			return;
		}
		new SavedRequestAwareAuthenticationSuccessHandler().onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Records in the session that the user has shown the second factor, under a new
	 * session id.
	 * @param principal the user as they are now
	 * @return the new authentication
	 */
	public static Authentication secondFactorShown(HttpServletRequest request, HttpServletResponse response,
			Authentication current, PortalUser principal) {
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		authorities.removeIf(authority -> SECOND_FACTOR_AUTHORITY.equals(authority.getAuthority()));
		authorities.add(FactorGrantedAuthority.fromAuthority(SECOND_FACTOR_AUTHORITY));
		return replace(request, response,
				UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

	/**
	 * Replaces the principal of the signed-in user (e.g. after removing the second
	 * factor), keeping the authorities.
	 */
	public static Authentication updatePrincipal(HttpServletRequest request, HttpServletResponse response,
			Authentication current, PortalUser principal) {
		return replace(request, response,
				UsernamePasswordAuthenticationToken.authenticated(principal, null, current.getAuthorities()));
	}

	private static Authentication replace(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		return authentication;
	}

}
