package de.pflegeverbund.supervision;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A supervision session as entered, already checked for form.
 *
 * @param supervisorAccountId a colleague as supervisor, or {@code null}
 * @param familyIds the families discussed (entered by pseudonym)
 */
public record SessionData(SupervisionKind kind, LocalDate heldOn, int durationMinutes, @Nullable String supervisorName,
		@Nullable Long supervisorAccountId, Set<Long> participantIds, Set<Long> familyIds, @Nullable String topics,
		@Nullable String agreements) {
}
