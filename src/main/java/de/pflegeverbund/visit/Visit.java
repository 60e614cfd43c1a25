package de.pflegeverbund.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A Beratungskontakt. Its author may change it during the edit period; afterwards it is
 * fixed and only amendments are added.
 */
@Entity
class Visit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long providerId;

	private long familyId;

	private long authorId;

	private Instant occurredAt;

	private int durationMinutes;

	@Enumerated(EnumType.STRING)
	private VisitKind kind;

	private @Nullable String participants;

	private boolean childSpokenAlone;

	private @Nullable String topics;

	private @Nullable String internalNotes;

	private @Nullable String agreements;

	private @Nullable LocalDate nextPlannedOn;

	private @Nullable String familySummary;

	private boolean concern;

	private UUID submissionKey;

	private Instant createdAt = Instant.now();

	private @Nullable Instant updatedAt;

	@Version
	private long version;

	protected Visit() {
		this.occurredAt = Instant.EPOCH;
		this.kind = VisitKind.HOME_VISIT;
		this.submissionKey = UUID.randomUUID();
	}

	Visit(long providerId, long familyId, long authorId, UUID submissionKey, VisitData data) {
		this.providerId = providerId;
		this.familyId = familyId;
		this.authorId = authorId;
		this.submissionKey = submissionKey;
		this.occurredAt = data.occurredAt();
		this.kind = data.kind();
		apply(data);
	}

	/**
	 * Whether the user may still change the contact itself.
	 */
	boolean isEditableBy(long accountId, Instant now, Duration grace) {
		return accountId == authorId && now.isBefore(createdAt.plus(grace));
	}

	void update(long accountId, VisitData data, Instant now, Duration grace) {
		if (!isEditableBy(accountId, now, grace)) {
			throw new VisitException("visit.error.locked");
		}
		apply(data);
		this.updatedAt = now;
	}

	private void apply(VisitData data) {
		this.occurredAt = data.occurredAt();
		this.durationMinutes = data.durationMinutes();
		this.kind = data.kind();
		this.participants = data.participants();
		this.childSpokenAlone = data.childSpokenAlone();
		this.topics = data.topics();
		this.internalNotes = data.internalNotes();
		this.agreements = data.agreements();
		this.nextPlannedOn = data.nextPlannedOn();
		this.familySummary = data.familySummary();
		this.concern = this.concern || data.concern();
	}

	VisitData toData() {
		return new VisitData(occurredAt, durationMinutes, kind, participants, childSpokenAlone, topics, internalNotes,
				agreements, nextPlannedOn, familySummary, concern);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Visit not yet saved");
		}
		return id;
	}

	long familyId() {
		return familyId;
	}

	long authorId() {
		return authorId;
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version;
	}

}
