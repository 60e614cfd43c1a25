package de.pflegeverbund.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * One period in which a counsellor looks after a family. Ended assignments stay as
 * history.
 */
@Entity
class CounsellorAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long providerId;

	private long familyId;

	private long counsellorId;

	@Enumerated(EnumType.STRING)
	private AssignmentKind kind;

	private LocalDate startedOn;

	private @Nullable LocalDate plannedEnd;

	private @Nullable LocalDate endedOn;

	private Instant createdAt = Instant.now();

	protected CounsellorAssignment() {
		this.kind = AssignmentKind.CO;
		this.startedOn = LocalDate.EPOCH;
	}

	CounsellorAssignment(long providerId, long familyId, long counsellorId, AssignmentKind kind, LocalDate startedOn,
			@Nullable LocalDate plannedEnd) {
		if (kind == AssignmentKind.SUBSTITUTE && plannedEnd == null) {
			throw new IllegalArgumentException("A substitute needs a planned end");
		}
		if (plannedEnd != null && plannedEnd.isBefore(startedOn)) {
			throw new IllegalArgumentException("Planned end before start");
		}
		this.providerId = providerId;
		this.familyId = familyId;
		this.counsellorId = counsellorId;
		this.kind = kind;
		this.startedOn = startedOn;
		this.plannedEnd = plannedEnd;
	}

	/**
	 * Ends the assignment on the given day (not before it started).
	 */
	void end(LocalDate on) {
		if (endedOn != null) {
			return;
		}
		this.endedOn = on.isBefore(startedOn) ? startedOn : on;
	}

	/**
	 * Whether the assignment is in force on the given day: not ended, and for a
	 * substitute not past its planned end.
	 */
	boolean isActiveOn(LocalDate day) {
		return endedOn == null && !startedOn.isAfter(day) && (plannedEnd == null || !plannedEnd.isBefore(day));
	}

	AssignmentView toView(String counsellorName, LocalDate today) {
		return new AssignmentView(id(), counsellorId, counsellorName, kind, startedOn, plannedEnd, endedOn,
				isActiveOn(today));
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Assignment not yet saved");
		}
		return id;
	}

	long familyId() {
		return familyId;
	}

	long counsellorId() {
		return counsellorId;
	}

	AssignmentKind kind() {
		return kind;
	}

	@Nullable LocalDate endedOn() {
		return endedOn;
	}

}
