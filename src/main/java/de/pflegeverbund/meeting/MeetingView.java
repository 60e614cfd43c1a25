package de.pflegeverbund.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as shown, with the number of confirmed and waiting registrations.
 *
 * @param organiserProviderId the organising Träger, {@code null} for the state office
 * @param version counts the changes; the calendar file's SEQUENCE, so calendars take the
 * latest
 */
public record MeetingView(long id, @Nullable Long organiserProviderId, MeetingKind kind, String title, Instant startsAt,
		Instant endsAt, @Nullable String place, @Nullable String onlineLink, @Nullable String agenda, Audience audience,
		@Nullable Integer capacity, @Nullable LocalDate registrationDeadline, boolean cancelled, long confirmed,
		long waiting, long version) {

	/**
	 * Places left; {@code null} without limit.
	 */
	public @Nullable Long placesLeft() {
		return (capacity == null) ? null : Math.max(0, capacity - confirmed);
	}

}
