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
		UserAccount account = accounts.findByEmail(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		Long providerId = account.providerId();
		boolean providerActive = providerId == null || providers.isActive(providerId);
		return account.toPortalUser(providerActive, secondFactors.isRequiredOf(account.role(), providerId));
	}

}
