package de.pflegeverbund.account.domain;

/**
 * What a one-time link is for.
 */
public enum TokenPurpose {

	INVITATION, PASSWORD_RESET

}
