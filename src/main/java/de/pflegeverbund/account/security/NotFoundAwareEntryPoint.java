package de.pflegeverbund.account.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Sends anonymous visitors of a page to the sign-in form, but answers 404 for paths the
 * portal does not have at all, so that unknown routes are "not found" for everybody.
 */
class NotFoundAwareEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

	private final RequestMappingHandlerMapping handlerMapping;

	NotFoundAwareEntryPoint(RequestMappingHandlerMapping handlerMapping) {
		this.handlerMapping = handlerMapping;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (routeExists(request)) {
			login.commence(request, response, authException);
		}
		else {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	private boolean routeExists(HttpServletRequest request) {
		boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
		if (parsedHere) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			HandlerExecutionChain handler = handlerMapping.getHandler(request);
			return handler != null;
		}
		catch (Exception ex) {
			// e.g. the path exists for another HTTP method
			return true;
		}
		finally {
			if (parsedHere) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

}
