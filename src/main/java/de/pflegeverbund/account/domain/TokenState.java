package de.pflegeverbund.account.domain;

/**
 * What a one-time link is worth when it is opened.
 */
public enum TokenState {

	VALID, EXPIRED, USED, UNKNOWN

}
