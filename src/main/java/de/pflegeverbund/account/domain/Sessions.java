package de.pflegeverbund.account.domain;

import java.util.EnumSet;

import de.pflegeverbund.account.Role;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of users who lost their access; their next request leads to the
 * sign-in page. With the sessions in PostgreSQL this reaches the sessions on every
 * instance of the portal.
 */
@Component
public class Sessions {

	private final SessionRegistry registry;

	private final UserAccounts accounts;

	Sessions(SessionRegistry registry, UserAccounts accounts) {
		this.registry = registry;
		this.accounts = accounts;
	}

	public void endSessionsOfAccount(long accountId) {
		accounts.findById(accountId).ifPresent(this::endSessionsOf);
	}

	public void endSessionsOfProvider(long providerId) {
		accounts
			.findByProviderIdAndRoleInOrderByDisplayNameAsc(providerId,
					EnumSet.complementOf(EnumSet.of(Role.COORDINATOR)))
			.forEach(this::endSessionsOf);
	}

	private void endSessionsOf(UserAccount account) {
		// the principal as signed in: equal by account id, named by e-mail address
		registry.getAllSessions(account.toPortalUser(true, false), false).forEach(SessionInformation::expireNow);
	}

}
