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

	private String email;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private String tokenHash;

	private Instant registeredAt;

	private @Nullable Instant confirmedAt;

	private @Nullable Instant cancelledAt;

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
