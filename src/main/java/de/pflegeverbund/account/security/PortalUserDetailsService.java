package de.pflegeverbund.account.security;

import de.pflegeverbund.account.domain.SecondFactors;
import de.pflegeverbund.account.domain.UserAccount;
import de.pflegeverbund.account.domain.UserAccounts;
import de.pflegeverbund.provider.ProviderManagement;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. Accounts without a password, deactivated accounts and
 * accounts of a Träger out of service come back disabled. Whether a second factor is
 * asked for is decided here, once per sign-in.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	private final ProviderManagement providers;

	private final SecondFactors secondFactors;

	PortalUserDetailsService(UserAccounts accounts, ProviderManagement providers, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.providers = providers;
		this.secondFactors = secondFactors;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (username.length() > 254 || username.chars().anyMatch(Character::isISOControl)) {
			// no address is like this, and PostgreSQL refuses NUL with an error (found by
			// fuzzing the login form: a stack trace in the log for every such attempt)
			throw new UsernameNotFoundException("unknown account");
		}
		UserAccount account = accounts.findByEmail(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		Long providerId = account.providerId();
		boolean providerActive = providerId == null || providers.isActive(providerId);
		return account.toPortalUser(providerActive, secondFactors.isRequiredOf(account.role(), providerId));
	}

}
