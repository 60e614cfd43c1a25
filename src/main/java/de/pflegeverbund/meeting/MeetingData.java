package de.pflegeverbund.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as entered, already validated.
 *
 * @param capacity places, or {@code null} without limit
 */
public record MeetingData(MeetingKind kind, String title, Instant startsAt, Instant endsAt, @Nullable String place,
		@Nullable String onlineLink, @Nullable String agenda, Audience audience, @Nullable Integer capacity,
		@Nullable LocalDate registrationDeadline) {
}
