package de.pflegeverbund.meeting;

import org.jspecify.annotations.Nullable;

/**
 * A row of the attendance list.
 */
public record AttendeeView(long registrationId, String name, @Nullable String institution, boolean attended) {
}
