package de.pflegeverbund.meeting;

/**
 * Where a registration stands.
 */
public enum RegistrationStatus {

	/** An external registration whose e-mail address is not confirmed yet. */
	UNCONFIRMED,

	/** Has a place. */
	CONFIRMED,

	/** On the waiting list; moves up when a place becomes free. */
	WAITING,

	/** Cancelled. */
	CANCELLED

}
