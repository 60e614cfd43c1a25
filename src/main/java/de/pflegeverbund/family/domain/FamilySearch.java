package de.pflegeverbund.family.domain;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyStatus;
import org.jspecify.annotations.Nullable;

/**
 * Search and filters of the family list; every part is optional.
 *
 * @param text part of the family's name, or of its town or postal code
 * @param counsellorId families this counsellor looks after
 */
public record FamilySearch(@Nullable String text, @Nullable FamilyStatus status, @Nullable CareType careType,
		@Nullable Long counsellorId) {

	public static FamilySearch none() {
		return new FamilySearch(null, null, null, null);
	}

}
