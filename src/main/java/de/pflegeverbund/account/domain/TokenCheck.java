package de.pflegeverbund.account.domain;

import org.jspecify.annotations.Nullable;

/**
 * The result of opening a one-time link.
 *
 * @param email the account's e-mail address, only when the link is valid
 * @param purpose what the link is for, only when the link is known
 */
public record TokenCheck(TokenState state, @Nullable String email, @Nullable TokenPurpose purpose) {

	public static TokenCheck of(TokenState state) {
		return new TokenCheck(state, null, null);
	}

}
