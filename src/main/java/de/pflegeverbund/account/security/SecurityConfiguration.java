package de.pflegeverbund.account.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pflegeverbund.account.Role;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessEventPublishingLogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach which path. Pages of a role live under the role's home path; everything
 * else needs a sign-in, except the public pages.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/**
	 * Session attribute with the e-mail address of the last failed sign-in, shown once in
	 * the form again.
	 */
	public static final String LOGIN_USERNAME_ATTRIBUTE = "portal.login.username";

	/**
	 * Only the portal's own scripts, styles and images; no inline script, no plug-ins, no
	 * framing, forms only to the portal itself.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/**
	 * Paths of the forms the public sends without an account.
	 */
	static final List<String> PUBLIC_FORMS = List.of("/interesse", "/veranstaltungen", "/kooperation", "/anliegen");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping,
			SessionRegistry sessionRegistry, Clock clock,
			@Value("${portal.session.absolute-lifetime}") Duration sessionLifetime) {
		http.authorizeHttpRequests(
				requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers("/static/**", "/webjars/**", "/actuator/health", "/error", "/login",
							"/passwort-vergessen", "/konto/passwort/**", "/interesse", "/interesse/**",
							"/veranstaltungen", "/veranstaltungen/**", "/kooperation", "/kooperation/danke",
							"/anliegen", "/anliegen/**", "/datenschutz", "/impressum", "/eingaben-wiederherstellen")
					.permitAll()
					// the second factor itself is shown and set up with the password
					// alone
					.requestMatchers(SignInFlow.SECOND_FACTOR_PAGE, "/konto/zweiter-faktor")
					.access(AuthenticatedAuthorizationManager.authenticated())
					.requestMatchers("/koordination/**")
					.hasRole(Role.COORDINATOR.name())
					.requestMatchers("/leitung/**", "/verwaltung/**")
					.hasRole(Role.PROVIDER_ADMIN.name())
					.requestMatchers("/fachberatung", "/fachberatung/**")
					.hasRole(Role.COUNSELLOR.name())
					.requestMatchers("/familie/**")
					.hasRole(Role.FAMILY.name())
					.anyRequest()
					.authenticated());
		http.formLogin(form -> form.loginPage("/login").successHandler((request, response, authentication) -> {
			SessionLifetimeFilter.signedIn(request, clock);
			if (!SignInFlow.isComplete(authentication)) {
				// failed codes keep counting against the account until the second factor
				// is shown
				response.sendRedirect(request.getContextPath() + SignInFlow.SECOND_FACTOR_PAGE);
				return;
			}
			throttle.recordSuccess(authentication.getName());
			SignInFlow.proceed(request, response, authentication);
		}).failureHandler((request, response, exception) -> {
			String username = request.getParameter("username");
			throttle.recordFailure((username != null) ? username : "", request.getRemoteAddr());
			keepUsername(request, username);
			response.sendRedirect(request.getContextPath() + "/login?fehler");
		}));
		http.logout(logout -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/login?abgemeldet")
			.addLogoutHandler(new LogoutSuccessEventPublishingLogoutHandler()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		DelegatingMissingAuthorityAccessDeniedHandler accessDenied = DelegatingMissingAuthorityAccessDeniedHandler
			.builder()
			.addEntryPointFor(
					(request, response, exception) -> response
						.sendRedirect(request.getContextPath() + SignInFlow.SECOND_FACTOR_PAGE),
					SignInFlow.SECOND_FACTOR_AUTHORITY)
			.build();
		accessDenied.setDefaultAccessDeniedHandler(new ExpiredSessionFormHandler());
		http.exceptionHandling(
				exceptions -> exceptions.authenticationEntryPoint(new NotFoundAwareEntryPoint(handlerMapping))
					.accessDeniedHandler(accessDenied));
		http.sessionManagement(
				sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?beendet"));
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new SessionLifetimeFilter(sessionLifetime, clock), LogoutFilter.class);
		return http.build();
	}

	/**
	 * Every rule that needs a signed-in user also needs the second factor from those who
	 * have set one up or whose Träger (or the state office) requires it; the demo
	 * accounts and everybody else sign in with the password alone.
	 */
	@Bean
	AuthorizationManagerFactory<RequestAuthorizationContext> authorizationManagerFactory() {
		return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
			.requireFactors(SignInFlow.SECOND_FACTOR_AUTHORITY)
			.when(SignInFlow::asksForSecondFactor)
			.build();
	}

	/**
	 * Keeps the typed e-mail address for the next rendering of the login form (in the
	 * session, not the URL).
	 */
	private static void keepUsername(HttpServletRequest request, @Nullable String username) {
		if (username != null && username.length() <= 254) {
			request.getSession().setAttribute(LOGIN_USERNAME_ATTRIBUTE, username);
		}
	}

	/**
	 * With the sessions in PostgreSQL (Spring Session JDBC) the registry reads them
	 * there, so every instance sees every session; otherwise (MockMvc tests) the
	 * container's.
	 */
	@Bean
	SessionRegistry sessionRegistry(
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sharedSessions) {
		FindByIndexNameSessionRepository<? extends Session> repository = sharedSessions.getIfAvailable();
		return (repository != null) ? new SpringSessionBackedSessionRegistry<>(repository) : new SessionRegistryImpl();
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * Delegating encoder: new hashes with Argon2id (no 72-byte limit, unlike BCrypt, so
	 * 128-character passphrases work); hashes of the other standard formats still verify.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String defaultId = "argon2@SpringSecurity_v5_8";
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(defaultId, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		encoders.put("pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		return new DelegatingPasswordEncoder(defaultId, encoders);
	}

}
