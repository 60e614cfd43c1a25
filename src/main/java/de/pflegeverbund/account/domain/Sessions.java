package de.pflegeverbund.account.domain;

import java.util.function.Predicate;

import de.pflegeverbund.account.PortalUser;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of users who lost their access; their next request leads to the
 * sign-in page.
 */
@Component
public class Sessions {

	private final SessionRegistry registry;

	Sessions(SessionRegistry registry) {
		this.registry = registry;
	}

	public void endSessionsOfAccount(long accountId) {
		endSessionsWhere(user -> user.id() == accountId);
	}

	public void endSessionsOfProvider(long providerId) {
		endSessionsWhere(user -> user.providerId() != null && user.providerId() == providerId);
	}

	private void endSessionsWhere(Predicate<PortalUser> condition) {
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof PortalUser user && condition.test(user)) {
				registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
