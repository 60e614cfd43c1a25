package de.pflegeverbund.familyportal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.pflegeverbund.family.FamilyOwnData;
import de.pflegeverbund.meeting.MeetingView;
import de.pflegeverbund.visit.FamilyContact;
import org.jspecify.annotations.Nullable;

/**
 * What the family portal's pages show.
 */
public final class Portal {

	private Portal() {
	}

	/**
	 * Topics a correction request can be about.
	 */
	public enum CorrectionTopic {

		HOUSEHOLD, ADULTS, CONTACT, PLACEMENTS, CONTACTS, OTHER

	}

	public enum CorrectionStatus {

		OPEN, ACCEPTED, DECLINED

	}

	public enum ConcernStatus {

		RECEIVED, ACKNOWLEDGED, RESOLVED

	}

	/**
	 * A member of staff as the family sees them.
	 */
	public record Contact(String name, String email) {
	}

	/**
	 * The family's home page.
	 */
	public record Home(FamilyOwnData family, String providerName, String providerEmail, @Nullable String providerPhone,
			@Nullable Contact counsellor, @Nullable LocalDate nextPlannedContact, List<FamilyContact> summaries,
			List<MeetingView> events, List<Correction> corrections, List<ConcernItem> concerns) {
	}

	/**
	 * A correction request.
	 */
	public record Correction(long id, long familyId, String familyName, CorrectionTopic topic, String text,
			CorrectionStatus status, Instant createdAt, @Nullable Instant decidedAt, @Nullable String reason) {
	}

	/**
	 * A concern in a list.
	 *
	 * @param addressee the Träger's name, {@code null} for the state office's independent
	 * contact
	 */
	public record ConcernItem(long id, @Nullable String addressee, ConcernStatus status, Instant createdAt,
			boolean anonymous) {
	}

	/**
	 * A concern with its messages.
	 */
	public record ConcernView(long id, @Nullable String addressee, ConcernStatus status, Instant createdAt, String text,
			@Nullable String contact, @Nullable String familyName, List<Message> messages) {
	}

	/**
	 * A message of a concern: from the addressee (with the name of who wrote it) or from
	 * the submitter.
	 */
	public record Message(boolean fromAddressee, @Nullable String author, String text, Instant createdAt) {
	}

	/**
	 * A family's page for staff: accounts of the family, protection concept records.
	 */
	public record Participation(long familyId, String familyName, List<Contact> accounts,
			List<ProtectionRecord> protection) {
	}

	/**
	 * The protection concept applied in a family, as recorded at one time.
	 */
	public record ProtectionRecord(String conceptVersion, LocalDate appliedOn, String participants,
			@Nullable LocalDate childInformedOn, String recordedBy, Instant recordedAt) {
	}

	/**
	 * A family whose protection record or child information is missing.
	 */
	public record MissingProtection(long familyId, String familyName, boolean conceptMissing,
			boolean childInformationMissing) {
	}

}
