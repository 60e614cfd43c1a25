package de.pflegeverbund.inquiry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.inquiry.ChildAge;
import de.pflegeverbund.inquiry.ContactTime;
import de.pflegeverbund.inquiry.InquiryData;
import de.pflegeverbund.inquiry.InquiryException;
import de.pflegeverbund.inquiry.InquiryStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An Interessensbekundung. Guards its pipeline: dated status changes that never lie in
 * the future or before the last one, no change once it has become a family.
 */
@Entity
public class Inquiry {

	/** Dates of status changes are calendar days in Germany. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private @Nullable Long providerId;

	@Enumerated(EnumType.STRING)
	private InquiryStatus status = InquiryStatus.NEW;

	private String firstName;

	private String lastName;

	private int birthYear;

	private @Nullable String partnerFirstName;

	private @Nullable String partnerLastName;

	private @Nullable Integer partnerBirthYear;

	private @Nullable String email;

	private @Nullable String phone;

	private String postalCode;

	private String city;

	private int adults;

	private int children;

	private @Nullable String childrenAges;

	private String careTypes = "";

	@Enumerated(EnumType.STRING)
	private ChildAge preferredAge = ChildAge.ANY;

	@Enumerated(EnumType.STRING)
	private Qualification qualification = Qualification.NONE;

	private @Nullable String experience;

	@Enumerated(EnumType.STRING)
	private ContactTime contactTime = ContactTime.ANY;

	private @Nullable String message;

	private Instant consentAt;

	private UUID submissionKey;

	private @Nullable Long counsellorId;

	private @Nullable Long familyId;

	private Instant receivedAt;

	private @Nullable Instant routedAt;

	private Instant lastActivityAt;

	private @Nullable Instant closedAt;

	@Version
	private long version;

	protected Inquiry() {
		this.firstName = "";
		this.lastName = "";
		this.postalCode = "";
		this.city = "";
		this.consentAt = Instant.EPOCH;
		this.submissionKey = new UUID(0, 0);
		this.receivedAt = Instant.EPOCH;
		this.lastActivityAt = Instant.EPOCH;
	}

	/**
	 * A new inquiry, consented at the moment it was received.
	 * @param providerId the responsible Träger, {@code null} for the state office's inbox
	 */
	public Inquiry(InquiryData data, UUID submissionKey, @Nullable Long providerId, Instant now) {
		this.firstName = data.applicant().firstName();
		this.lastName = data.applicant().lastName();
		this.birthYear = data.applicant().birthYear();
		if (data.partner() != null) {
			this.partnerFirstName = data.partner().firstName();
			this.partnerLastName = data.partner().lastName();
			this.partnerBirthYear = data.partner().birthYear();
		}
		this.email = data.email();
		this.phone = data.phone();
		this.postalCode = data.postalCode();
		this.city = data.city();
		this.adults = data.adults();
		this.children = data.children();
		this.childrenAges = data.childrenAges();
		this.careTypes = data.careTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.preferredAge = data.preferredAge();
		this.qualification = data.qualification();
		this.experience = data.experience();
		this.contactTime = data.contactTime();
		this.message = data.message();
		this.consentAt = now;
		this.submissionKey = submissionKey;
		this.providerId = providerId;
		this.routedAt = (providerId != null) ? now : null;
		this.receivedAt = now;
		this.lastActivityAt = now;
	}

	/**
	 * The first entry of the status history.
	 */
	public InquiryStatusChange received() {
		return new InquiryStatusChange(id(), null, InquiryStatus.NEW, receivedOn(), null, null);
	}

	/**
	 * Hands an inquiry of the state office's inbox to a Träger.
	 */
	public void routeTo(long providerId, Instant now) {
		if (this.providerId != null) {
			throw new InquiryException("providerId", "inquiry.inbox.alreadyRouted");
		}
		this.providerId = providerId;
		this.routedAt = now;
		this.lastActivityAt = now;
	}

	public void assign(long counsellorId, Instant now) {
		requireNotConverted();
		this.counsellorId = counsellorId;
		this.lastActivityAt = now;
	}

	public void touch(Instant now) {
		this.lastActivityAt = now;
	}

	/**
	 * Moves the inquiry in the pipeline.
	 * @param lastChangeOn the date of the latest status change
	 * @throws InquiryException when the change is not allowed
	 */
	public InquiryStatusChange changeStatus(InquiryStatus target, LocalDate on, LocalDate lastChangeOn, long changedBy,
			@Nullable String note, Instant now) {
		requireNotConverted();
		if (target == status) {
			throw new InquiryException("status", "inquiry.status.unchanged");
		}
		if (on.isAfter(LocalDate.ofInstant(now, ZONE))) {
			throw new InquiryException("changedOn", "inquiry.status.dateInFuture");
		}
		if (on.isBefore(lastChangeOn)) {
			throw new InquiryException("changedOn", "inquiry.status.dateBeforeLast");
		}
		InquiryStatus from = status;
		this.status = target;
		this.closedAt = target.isClosed() ? now : null;
		this.lastActivityAt = now;
		return new InquiryStatusChange(id(), from, target, on, changedBy, note);
	}

	/**
	 * Records that the inquiry has become a Pflegefamilie.
	 */
	public void convertedTo(long familyId, Instant now) {
		if (status != InquiryStatus.SUITABLE) {
			throw new InquiryException(null, "inquiry.convert.notSuitable");
		}
		requireNotConverted();
		this.familyId = familyId;
		this.lastActivityAt = now;
	}

	private void requireNotConverted() {
		if (familyId != null) {
			throw new InquiryException(null, "inquiry.convert.alreadyConverted");
		}
	}

	public InquiryData toData() {
		InquiryData.Applicant partner = (partnerFirstName != null && partnerLastName != null
				&& partnerBirthYear != null)
						? new InquiryData.Applicant(partnerFirstName, partnerLastName, partnerBirthYear) : null;
		return new InquiryData(new InquiryData.Applicant(firstName, lastName, birthYear), partner, email, phone,
				postalCode, city, adults, children, childrenAges, careTypes(), preferredAge, qualification, experience,
				contactTime, message);
	}

	public Set<CareType> careTypes() {
		EnumSet<CareType> types = EnumSet.noneOf(CareType.class);
		Arrays.stream(careTypes.split(",")).filter(name -> !name.isBlank()).map(CareType::valueOf).forEach(types::add);
		return types;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public @Nullable Long providerId() {
		return providerId;
	}

	public InquiryStatus status() {
		return status;
	}

	/**
	 * "Vorname Nachname" of the first applicant, and " / " the partner's if there is one.
	 */
	public String displayName() {
		String first = firstName + " " + lastName;
		return (partnerFirstName == null) ? first : first + " / " + partnerFirstName + " " + partnerLastName;
	}

	public String postalCode() {
		return postalCode;
	}

	public String city() {
		return city;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable Long counsellorId() {
		return counsellorId;
	}

	public @Nullable Long familyId() {
		return familyId;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public LocalDate receivedOn() {
		return LocalDate.ofInstant(receivedAt, ZONE);
	}

	public @Nullable Instant routedAt() {
		return routedAt;
	}

	public Instant lastActivityAt() {
		return lastActivityAt;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	public Instant consentAt() {
		return consentAt;
	}

	public long version() {
		return version;
	}

}
