package de.pflegeverbund.visit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A risk assessment (Gefährdungseinschätzung, § 8a SGB VIII), opened by a contact with
 * the concern flag. The Leitung records the second reviewer ("insoweit erfahrene
 * Fachkraft"), the outcome and when the Jugendamt was informed, and closes it with a
 * reason.
 */
@Entity
class RiskAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long providerId;

	private long familyId;

	private long visitId;

	private Instant openedAt = Instant.now();

	private long openedBy;

	private @Nullable String secondReviewer;

	private @Nullable String outcome;

	private @Nullable LocalDate youthOfficeInformedOn;

	private @Nullable Instant closedAt;

	private @Nullable Long closedBy;

	private @Nullable String closeReason;

	@Version
	private long version;

	protected RiskAssessment() {
	}

	RiskAssessment(long providerId, long familyId, long visitId, long openedBy) {
		this.providerId = providerId;
		this.familyId = familyId;
		this.visitId = visitId;
		this.openedBy = openedBy;
	}

	void record(@Nullable String secondReviewer, @Nullable String outcome, @Nullable LocalDate youthOfficeInformedOn) {
		if (closedAt != null) {
			throw new VisitException("visit.risk.closed");
		}
		this.secondReviewer = secondReviewer;
		this.outcome = outcome;
		this.youthOfficeInformedOn = youthOfficeInformedOn;
	}

	void close(long accountId, String reason, Instant now) {
		if (closedAt != null) {
			throw new VisitException("visit.risk.closed");
		}
		this.closedAt = now;
		this.closedBy = accountId;
		this.closeReason = reason;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Risk assessment not yet saved");
		}
		return id;
	}

	long familyId() {
		return familyId;
	}

	long visitId() {
		return visitId;
	}

	Instant openedAt() {
		return openedAt;
	}

	@Nullable String secondReviewer() {
		return secondReviewer;
	}

	@Nullable String outcome() {
		return outcome;
	}

	@Nullable LocalDate youthOfficeInformedOn() {
		return youthOfficeInformedOn;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable String closeReason() {
		return closeReason;
	}

	boolean isOpen() {
		return closedAt == null;
	}

	long version() {
		return version;
	}

}
