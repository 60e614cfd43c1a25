package de.pflegeverbund.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A supervision session of a Träger's professionals.
 */
@Entity
class SupervisionSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long providerId;

	@Enumerated(EnumType.STRING)
	private SupervisionKind kind;

	private LocalDate heldOn;

	private int durationMinutes;

	private @Nullable String supervisorName;

	private @Nullable Long supervisorAccountId;

	private @Nullable String topics;

	private @Nullable String agreements;

	private long createdBy;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "supervision_participant", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "account_id")
	private Set<Long> participants = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "supervision_family", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "family_id")
	private Set<Long> families = new HashSet<>();

	@Version
	private long version;

	protected SupervisionSession() {
		this.kind = SupervisionKind.INDIVIDUAL;
		this.heldOn = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	SupervisionSession(long providerId, SessionData data, long createdBy, Instant now) {
		this.providerId = providerId;
		this.kind = data.kind();
		this.heldOn = data.heldOn();
		this.durationMinutes = data.durationMinutes();
		this.supervisorName = data.supervisorName();
		this.supervisorAccountId = data.supervisorAccountId();
		this.topics = data.topics();
		this.agreements = data.agreements();
		this.participants.addAll(data.participantIds());
		this.families.addAll(data.familyIds());
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * Whether the account may read the contents: participants and whoever recorded it.
	 */
	boolean isReadableBy(long accountId) {
		return createdBy == accountId || participants.contains(accountId)
				|| (supervisorAccountId != null && supervisorAccountId == accountId);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	long providerId() {
		return providerId;
	}

	SupervisionKind kind() {
		return kind;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	int durationMinutes() {
		return durationMinutes;
	}

	@Nullable String supervisorName() {
		return supervisorName;
	}

	@Nullable Long supervisorAccountId() {
		return supervisorAccountId;
	}

	@Nullable String topics() {
		return topics;
	}

	@Nullable String agreements() {
		return agreements;
	}

	long createdBy() {
		return createdBy;
	}

	Set<Long> participants() {
		return Set.copyOf(participants);
	}

	Set<Long> families() {
		return Set.copyOf(families);
	}

}
