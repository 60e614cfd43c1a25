package de.pflegeverbund.visit;

/**
 * The kinds of contact.
 */
public enum VisitKind {

	/** Hausbesuch. */
	HOME_VISIT,

	/** Telefonat. */
	PHONE,

	/** Video. */
	VIDEO,

	/** Büro. */
	OFFICE,

	/** Hilfeplangespräch. */
	CARE_PLAN_MEETING,

	/** Krisenintervention. */
	CRISIS_INTERVENTION,

	/** Begleitung. */
	ACCOMPANIMENT

}
