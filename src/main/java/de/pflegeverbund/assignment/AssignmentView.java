package de.pflegeverbund.assignment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An assignment as a family's page shows it.
 *
 * @param plannedEnd the end a substitute is planned for
 * @param endedOn when the assignment was ended, {@code null} while it runs
 * @param active whether it is in force today
 */
public record AssignmentView(long id, long counsellorId, String counsellorName, AssignmentKind kind,
		LocalDate startedOn, @Nullable LocalDate plannedEnd, @Nullable LocalDate endedOn, boolean active) {
}
