package de.pflegeverbund.meeting;

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
 * A meeting or event of the network.
 */
@Entity
class NetworkMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private @Nullable Long organiserProviderId;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private String title;

	private Instant startsAt;

	private Instant endsAt;

	private @Nullable String place;

	private @Nullable String onlineLink;

	private @Nullable String agenda;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	private @Nullable Integer capacity;

	private @Nullable LocalDate registrationDeadline;

	private @Nullable UUID seriesKey;

	private @Nullable Long followUpOf;

	private @Nullable Instant cancelledAt;

	private @Nullable String minutes;

	private @Nullable Instant minutesPublishedAt;

	private long createdBy;

	@Version
	private long version;

	protected NetworkMeeting() {
		this.kind = MeetingKind.NETWORK_MEETING;
		this.title = "";
		this.startsAt = Instant.EPOCH;
		this.endsAt = Instant.EPOCH;
		this.audience = Audience.STAFF;
	}

	NetworkMeeting(@Nullable Long organiserProviderId, MeetingData data, long createdBy) {
		this.organiserProviderId = organiserProviderId;
		this.createdBy = createdBy;
		apply(data);
	}

	/**
	 * One date of a series: all dates share the series key.
	 */
	static NetworkMeeting inSeries(@Nullable Long organiserProviderId, MeetingData data, long createdBy,
			UUID seriesKey) {
		NetworkMeeting meeting = new NetworkMeeting(organiserProviderId, data, createdBy);
		meeting.seriesKey = seriesKey;
		return meeting;
	}

	/**
	 * The follow-up of an earlier meeting, organised by the same organiser.
	 */
	static NetworkMeeting followUp(NetworkMeeting previous, MeetingData data, long createdBy) {
		NetworkMeeting meeting = new NetworkMeeting(previous.organiserProviderId, data, createdBy);
		meeting.followUpOf = previous.id();
		meeting.seriesKey = previous.seriesKey;
		return meeting;
	}

	/**
	 * Changes what was entered.
	 * @return whether a change concerns the registered: time, place or online link
	 * @throws MeetingException when the meeting is called off or over
	 */
	boolean change(MeetingData data, Instant now) {
		if (cancelledAt != null || !endsAt.isAfter(now)) {
			throw new MeetingException("meeting.edit.notPossible");
		}
		boolean material = !startsAt.equals(data.startsAt()) || !endsAt.equals(data.endsAt())
				|| !java.util.Objects.equals(place, data.place())
				|| !java.util.Objects.equals(onlineLink, data.onlineLink());
		apply(data);
		return material;
	}

	private void apply(MeetingData data) {
		this.kind = data.kind();
		this.title = data.title();
		this.startsAt = data.startsAt();
		this.endsAt = data.endsAt();
		this.place = data.place();
		this.onlineLink = data.onlineLink();
		this.agenda = data.agenda();
		this.audience = data.audience();
		this.capacity = data.capacity();
		this.registrationDeadline = data.registrationDeadline();
	}

	/**
	 * Whether a registration is still accepted on the given day.
	 */
	boolean isOpenForRegistration(LocalDate today, Instant now) {
		return cancelledAt == null && startsAt.isAfter(now)
				&& (registrationDeadline == null || !today.isAfter(registrationDeadline));
	}

	/**
	 * Calls the meeting off.
	 * @throws MeetingException when it was called off already or is over
	 */
	void cancel(Instant now) {
		if (cancelledAt != null || !endsAt.isAfter(now)) {
			throw new MeetingException("meeting.cancelMeeting.notPossible");
		}
		this.cancelledAt = now;
	}

	/**
	 * Writes the minutes (Markdown source); publishing makes them visible to the
	 * attendees.
	 * @throws MeetingException before the meeting has begun
	 */
	void writeMinutes(String text, boolean publish, Instant now) {
		if (startsAt.isAfter(now)) {
			throw new MeetingException("meeting.minutes.tooEarly");
		}
		this.minutes = text;
		if (publish && minutesPublishedAt == null) {
			this.minutesPublishedAt = now;
		}
	}

	@Nullable UUID seriesKey() {
		return seriesKey;
	}

	@Nullable Long followUpOf() {
		return followUpOf;
	}

	long version() {
		return version;
	}

	boolean hasBegun(Instant now) {
		return !startsAt.isAfter(now);
	}

	@Nullable String minutes() {
		return minutes;
	}

	boolean minutesPublished() {
		return minutesPublishedAt != null;
	}

	MeetingView toView(long confirmed, long waiting) {
		return new MeetingView(id(), organiserProviderId, kind, title, startsAt, endsAt, place, onlineLink, agenda,
				audience, capacity, registrationDeadline, cancelledAt != null, confirmed, waiting, version);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	@Nullable Long organiserProviderId() {
		return organiserProviderId;
	}

	Audience audience() {
		return audience;
	}

	@Nullable Integer capacity() {
		return capacity;
	}

}
