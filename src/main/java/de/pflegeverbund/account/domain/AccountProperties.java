package de.pflegeverbund.account.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the account module ({@code portal.account.*}).
 *
 * @param invitationValidity how long an invitation link can be used
 * @param passwordResetValidity how long a password-reset link can be used
 * @param loginThrottle limits for failed sign-ins
 */
@ConfigurationProperties("portal.account")
public record AccountProperties(Duration invitationValidity, Duration passwordResetValidity,
		LoginThrottle loginThrottle) {

	/**
	 * @param maxFailuresPerAccount failed sign-ins per e-mail address within the window
	 * before it is blocked
	 * @param maxFailuresPerClient failed sign-ins per client address within the window
	 * before it is blocked
	 * @param window the period the failures are counted in and the block lasts
	 */
	public record LoginThrottle(int maxFailuresPerAccount, int maxFailuresPerClient, Duration window) {
	}

}
