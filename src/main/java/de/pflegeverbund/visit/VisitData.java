package de.pflegeverbund.visit;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A contact as entered, already validated.
 *
 * @param familySummary the summary shared with the family, {@code null} when nothing is
 * shared
 */
public record VisitData(Instant occurredAt, int durationMinutes, VisitKind kind, @Nullable String participants,
		boolean childSpokenAlone, @Nullable String topics, @Nullable String internalNotes, @Nullable String agreements,
		@Nullable LocalDate nextPlannedOn, @Nullable String familySummary, boolean concern) {
}
