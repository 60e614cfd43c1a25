package de.pflegeverbund.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import de.pflegeverbund.family.CareType;
import org.jspecify.annotations.Nullable;

/**
 * The household data of a family as entered, already validated.
 *
 * @param adults the foster parents, one or two
 * @param otherChildrenAges ages of other children living in the household, e.g. "4, 9"
 * (no names)
 */
public record HouseholdData(String name, @Nullable String street, String postalCode, String city,
		@Nullable String phone, @Nullable String email, Set<CareType> careTypes, int places, int otherChildrenCount,
		@Nullable String otherChildrenAges, CarePermit carePermit, @Nullable LocalDate carePermitDate,
		@Nullable String carePermitExemption, List<AdultData> adults) {

	/**
	 * A foster parent as entered.
	 */
	public record AdultData(String name, int birthYear, Qualification qualification, @Nullable String occupation) {
	}

}
