package de.pflegeverbund.family;

/**
 * The Pflegeerlaubnis (§44 SGB VIII) of a family: pending, granted on a date, or not
 * needed for a reason.
 */
public enum CarePermit {

	PENDING, GRANTED, EXEMPT

}
