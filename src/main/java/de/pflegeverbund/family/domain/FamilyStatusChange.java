package de.pflegeverbund.family.domain;

import java.time.Instant;
import java.time.LocalDate;

import de.pflegeverbund.family.FamilyStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * One step of a family's status history.
 */
@Entity
public class FamilyStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long familyId;

	private long providerId;

	@Enumerated(EnumType.STRING)
	private @Nullable FamilyStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private FamilyStatus toStatus;

	private LocalDate changedOn;

	private @Nullable Long changedBy;

	private @Nullable String note;

	private Instant createdAt = Instant.now();

	protected FamilyStatusChange() {
		this.toStatus = FamilyStatus.IN_ASSESSMENT;
		this.changedOn = LocalDate.EPOCH;
	}

	FamilyStatusChange(long familyId, long providerId, @Nullable FamilyStatus fromStatus, FamilyStatus toStatus,
			LocalDate changedOn, @Nullable Long changedBy, @Nullable String note) {
		this.familyId = familyId;
		this.providerId = providerId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedOn = changedOn;
		this.changedBy = changedBy;
		this.note = note;
	}

	/**
	 * The first entry of a new family's history.
	 */
	public static FamilyStatusChange created(FosterFamily family, LocalDate on, @Nullable Long by) {
		return new FamilyStatusChange(family.id(), family.providerId(), null, family.status(), on, by, null);
	}

	public @Nullable FamilyStatus fromStatus() {
		return fromStatus;
	}

	public FamilyStatus toStatus() {
		return toStatus;
	}

	public LocalDate changedOn() {
		return changedOn;
	}

	public @Nullable Long changedBy() {
		return changedBy;
	}

	public @Nullable String note() {
		return note;
	}

}
