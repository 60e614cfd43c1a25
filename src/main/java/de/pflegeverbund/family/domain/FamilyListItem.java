package de.pflegeverbund.family.domain;

import java.util.Set;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyStatus;

/**
 * One row of the family list.
 */
public record FamilyListItem(long id, String name, String postalCode, String city, FamilyStatus status,
		Set<CareType> careTypes, int places, String primaryCounsellor) {
}
