package de.pflegeverbund.meeting;

import java.time.Instant;

/**
 * Somebody's recorded attendance of a meeting, with its length in minutes.
 */
public record Attendance(long accountId, long meetingId, String title, Instant startsAt, int minutes) {
}
