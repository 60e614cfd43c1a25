package de.pflegeverbund.meeting;

import java.time.Instant;

/**
 * A meeting linked to another: the meeting it follows up, its follow-ups, the other dates
 * of its series.
 *
 * @param relation {@code PREVIOUS}, {@code FOLLOW_UP} or {@code SERIES}
 */
public record RelatedMeeting(long id, String title, Instant startsAt, boolean cancelled, String relation) {
}
