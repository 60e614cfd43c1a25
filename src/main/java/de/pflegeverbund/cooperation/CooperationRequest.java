package de.pflegeverbund.cooperation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A Träger's request to join the network.
 */
@Entity
class CooperationRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String organisation;

	private String seat;

	private String serviceAreas;

	private @Nullable String fieldOfWork;

	private String contactName;

	private String contactEmail;

	private @Nullable String contactPhone;

	private @Nullable String message;

	@Enumerated(EnumType.STRING)
	private CooperationStatus status;

	private Instant receivedAt;

	private @Nullable Instant decidedAt;

	private @Nullable Long decidedBy;

	private @Nullable Long providerId;

	private @Nullable String declineReason;

	@Version
	private long version;

	protected CooperationRequest() {
		this.organisation = "";
		this.seat = "";
		this.serviceAreas = "";
		this.contactName = "";
		this.contactEmail = "";
		this.status = CooperationStatus.OPEN;
		this.receivedAt = Instant.EPOCH;
	}

	CooperationRequest(CooperationData data, Instant now) {
		this.organisation = data.organisation();
		this.seat = data.seat();
		this.serviceAreas = String.join(", ", data.serviceAreas());
		this.fieldOfWork = data.fieldOfWork();
		this.contactName = data.contactName();
		this.contactEmail = data.contactEmail();
		this.contactPhone = data.contactPhone();
		this.message = data.message();
		this.status = CooperationStatus.OPEN;
		this.receivedAt = now;
	}

	void accept(long providerId, long coordinatorId, Instant now) {
		requireOpen();
		this.status = CooperationStatus.ACCEPTED;
		this.providerId = providerId;
		this.decidedBy = coordinatorId;
		this.decidedAt = now;
	}

	void decline(@Nullable String reason, long coordinatorId, Instant now) {
		requireOpen();
		this.status = CooperationStatus.DECLINED;
		this.declineReason = reason;
		this.decidedBy = coordinatorId;
		this.decidedAt = now;
	}

	private void requireOpen() {
		if (status != CooperationStatus.OPEN) {
			throw new CooperationException("cooperation.error.decided");
		}
	}

	CooperationView toView() {
		return new CooperationView(id(), organisation, seat,
				Arrays.stream(serviceAreas.split(",\\s*")).filter(s -> !s.isBlank()).toList(), fieldOfWork, contactName,
				contactEmail, contactPhone, message, status, receivedAt, decidedAt, providerId, declineReason);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	String contactEmail() {
		return contactEmail;
	}

	String organisation() {
		return organisation;
	}

	List<String> serviceAreaList() {
		return toView().serviceAreas();
	}

}
