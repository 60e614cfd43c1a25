package de.pflegeverbund.meeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A registration for a meeting: of a staff account, or of an external professional.
 */
@Entity
class MeetingRegistration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long meetingId;

	private @Nullable Long accountId;

	private @Nullable String firstName;

	private @Nullable String lastName;

	private String email;

	private @Nullable String institution;

	private @Nullable String institutionSeat;

	private @Nullable String position;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private String tokenHash;

	private Instant registeredAt;

	private @Nullable Instant confirmedAt;

	private @Nullable Instant cancelledAt;

	private @Nullable Boolean attended;

	protected MeetingRegistration() {
		this.email = "";
		this.status = RegistrationStatus.CANCELLED;
		this.tokenHash = "";
		this.registeredAt = Instant.EPOCH;
	}

	/**
	 * A staff member's registration: confirmed when a place is free, else waiting.
	 */
	static MeetingRegistration ofStaff(long meetingId, long accountId, String email, boolean placeFree,
			String tokenHash, Instant now) {
		MeetingRegistration registration = new MeetingRegistration();
		registration.meetingId = meetingId;
		registration.accountId = accountId;
		registration.email = email;
		registration.status = placeFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
		registration.tokenHash = tokenHash;
		registration.registeredAt = now;
		registration.confirmedAt = now;
		return registration;
	}

	/**
	 * An external professional's registration; it holds no place until the e-mail address
	 * is confirmed.
	 */
	static MeetingRegistration ofExternal(long meetingId, ExternalRegistration data, String tokenHash, Instant now) {
		MeetingRegistration registration = new MeetingRegistration();
		registration.meetingId = meetingId;
		registration.firstName = data.firstName();
		registration.lastName = data.lastName();
		registration.email = data.email();
		registration.institution = data.institution();
		registration.institutionSeat = data.institutionSeat();
		registration.position = data.position();
		registration.status = RegistrationStatus.UNCONFIRMED;
		registration.tokenHash = tokenHash;
		registration.registeredAt = now;
		return registration;
	}

	/**
	 * The e-mail address is confirmed: a place if one is free, else the waiting list (in
	 * the order of confirmation).
	 */
	void confirm(boolean placeFree, Instant now) {
		if (status == RegistrationStatus.UNCONFIRMED) {
			this.status = placeFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
			this.confirmedAt = now;
			this.registeredAt = now;
		}
	}

	void markAttended(boolean present) {
		this.attended = present;
	}

	boolean attended() {
		return Boolean.TRUE.equals(attended);
	}

	@Nullable Long accountId() {
		return accountId;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	@Nullable String institution() {
		return institution;
	}

	void replaceToken(String tokenHash) {
		this.tokenHash = tokenHash;
	}

	long meetingId() {
		return meetingId;
	}

	String displayName() {
		return (firstName != null) ? firstName + " " + lastName : email;
	}

	void cancel(Instant now) {
		this.status = RegistrationStatus.CANCELLED;
		this.cancelledAt = now;
	}

	void moveUp() {
		this.status = RegistrationStatus.CONFIRMED;
	}

	RegistrationStatus status() {
		return status;
	}

	String email() {
		return email;
	}

}
