package de.pflegeverbund.account.security;

import de.pflegeverbund.account.AccountManagement;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first coordinator from {@code portal.bootstrap.admin-email} on an
 * installation without one. There is no default password: the one-time link to set it is
 * written to the log, once.
 */
@Component
class BootstrapCoordinator {

	private static final Log logger = LogFactory.getLog(BootstrapCoordinator.class);

	private final AccountManagement accounts;

	private final String adminEmail;

	BootstrapCoordinator(AccountManagement accounts, @Value("${portal.bootstrap.admin-email:}") String adminEmail) {
		this.accounts = accounts;
		this.adminEmail = adminEmail;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createFirstCoordinator() {
		if (!StringUtils.hasText(adminEmail)) {
			return;
		}
		accounts.bootstrapCoordinator(adminEmail).ifPresent(link -> logger.warn("""

				============================================================================
				 Erster Koordinations-Zugang angelegt. Passwort einmalig setzen unter:
				 %s
				============================================================================
				""".formatted(link)));
	}

}
