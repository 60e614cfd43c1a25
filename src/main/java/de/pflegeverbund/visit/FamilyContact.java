package de.pflegeverbund.visit;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A contact as the family may see it: never the internal notes nor the concern flag.
 *
 * @param familySummary the summary written for the family, {@code null} when none was
 * shared
 */
public record FamilyContact(Instant occurredAt, VisitKind kind, int durationMinutes, @Nullable String participants,
		@Nullable String topics, @Nullable String agreements, @Nullable LocalDate nextPlannedOn,
		@Nullable String familySummary) {
}
