package de.pflegeverbund.account.security;

import de.pflegeverbund.account.domain.Sessions;
import de.pflegeverbund.provider.ProviderDeactivated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Signs out everybody of a Träger that has been taken out of service; signing in again is
 * refused from then on.
 */
@Component
class ProviderDeactivationListener {

	private final Sessions sessions;

	ProviderDeactivationListener(Sessions sessions) {
		this.sessions = sessions;
	}

	@ApplicationModuleListener
	void on(ProviderDeactivated event) {
		sessions.endSessionsOfProvider(event.providerId());
	}

}
