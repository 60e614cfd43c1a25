package de.pflegeverbund.assignment;

/**
 * How a counsellor is assigned to a family.
 */
public enum AssignmentKind {

	/** The one responsible counsellor; exactly one per active family. */
	PRIMARY,

	/** Co-Beratung: a second counsellor working with the family. */
	CO,

	/** Vertretung: stands in until a planned end date. */
	SUBSTITUTE

}
