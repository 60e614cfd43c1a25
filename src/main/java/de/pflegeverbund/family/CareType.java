package de.pflegeverbund.family;

/**
 * The kinds of foster care (Pflegeformen).
 */
public enum CareType {

	/** Dauerpflege. */
	LONG_TERM,

	/** Bereitschaftspflege. */
	EMERGENCY,

	/** Kurzzeitpflege. */
	SHORT_TERM,

	/** Erziehungsstelle. */
	PROFESSIONAL,

	/** Verwandtenpflege. */
	KINSHIP

}
