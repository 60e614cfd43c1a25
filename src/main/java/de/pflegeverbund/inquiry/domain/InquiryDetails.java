package de.pflegeverbund.inquiry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.pflegeverbund.inquiry.InquiryData;
import de.pflegeverbund.inquiry.InquiryStatus;
import org.jspecify.annotations.Nullable;

/**
 * Everything the Träger sees of one inquiry.
 *
 * @param erasureDue the day the retention job will erase it if nothing happens
 * @param lastChangeOn the date of the latest status change (a new one may not be earlier)
 */
public record InquiryDetails(long id, String name, InquiryStatus status, InquiryData data, LocalDate receivedOn,
		Instant consentAt, @Nullable Long counsellorId, @Nullable String counsellorName, @Nullable Long familyId,
		List<StatusEntry> history, List<NoteEntry> notes, LocalDate erasureDue, LocalDate lastChangeOn, long version) {

	public boolean convertible() {
		return status == InquiryStatus.SUITABLE && familyId == null;
	}

	public boolean converted() {
		return familyId != null;
	}

	/**
	 * A dated status change.
	 */
	public record StatusEntry(@Nullable InquiryStatus from, InquiryStatus to, LocalDate on, @Nullable String by,
			@Nullable String note) {
	}

	/**
	 * A note with its author.
	 */
	public record NoteEntry(String author, Instant writtenAt, String text) {
	}

}
