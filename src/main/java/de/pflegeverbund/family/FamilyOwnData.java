package de.pflegeverbund.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything the family module stores about one family, as the family itself may see it
 * (family portal, information under Art. 15 GDPR): household, adults with their
 * certificate facts, placements (children pseudonymised), status history.
 */
public record FamilyOwnData(long id, long providerId, String name, @Nullable String street, String postalCode,
		String city, @Nullable String phone, @Nullable String email, Set<CareType> careTypes, int places,
		int otherChildrenCount, @Nullable String otherChildrenAges, FamilyStatus status, CarePermit carePermit,
		@Nullable LocalDate carePermitDate, List<Adult> adults, List<PlacementItem> placements,
		List<StatusItem> statusHistory) {

	/**
	 * A foster parent.
	 */
	public record Adult(String name, int birthYear, Qualification qualification, @Nullable String occupation,
			@Nullable LocalDate certificateInspectedOn, @Nullable LocalDate certificateDate) {
	}

	/**
	 * A placement; the child by alias or initials and birth year only.
	 */
	public record PlacementItem(String childAlias, int birthYear, CareType careType, LocalDate startedOn,
			@Nullable LocalDate endedOn, @Nullable PlacementEndReason endReason) {
	}

	/**
	 * A change of the family's status.
	 */
	public record StatusItem(FamilyStatus status, LocalDate on, @Nullable String note) {
	}

}
