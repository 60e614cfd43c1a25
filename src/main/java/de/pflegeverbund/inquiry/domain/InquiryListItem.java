package de.pflegeverbund.inquiry.domain;

import java.time.LocalDate;
import java.util.Set;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.inquiry.InquiryStatus;
import org.jspecify.annotations.Nullable;

/**
 * An inquiry as a row of the list or a card of the board.
 *
 * @param waitingDays days since it was received
 */
public record InquiryListItem(long id, String name, String postalCode, String city, Set<CareType> careTypes,
		InquiryStatus status, @Nullable String counsellorName, LocalDate receivedOn, LocalDate lastActivityOn,
		long waitingDays, @Nullable Long familyId) {
}
