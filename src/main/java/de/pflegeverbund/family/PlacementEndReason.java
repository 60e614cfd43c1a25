package de.pflegeverbund.family;

/**
 * Why a placement ended.
 */
public enum PlacementEndReason {

	RETURN_TO_PARENTS, ADOPTION, OTHER_FOSTER_FAMILY, RESIDENTIAL_CARE, ADULTHOOD, BREAKDOWN, OTHER

}
