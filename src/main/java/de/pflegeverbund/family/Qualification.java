package de.pflegeverbund.family;

/**
 * Professional qualification of a foster parent.
 */
public enum Qualification {

	NONE, PEDAGOGICAL, MEDICAL, OTHER

}
