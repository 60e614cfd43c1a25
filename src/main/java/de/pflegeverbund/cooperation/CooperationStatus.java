package de.pflegeverbund.cooperation;

/**
 * Where a cooperation request stands.
 */
public enum CooperationStatus {

	OPEN, ACCEPTED, DECLINED

}
