package de.pflegeverbund.family;

import java.util.Set;

/**
 * One row of the family list.
 */
public record FamilyListItem(long id, String name, String postalCode, String city, FamilyStatus status,
		Set<CareType> careTypes, int places, String primaryCounsellor) {
}
