package de.pflegeverbund.family.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An adult whose extended police certificate is missing, due soon or overdue.
 *
 * @param dueOn {@code null} when no certificate has been recorded yet
 */
public record CertificateDue(long familyId, String familyName, String adultName, @Nullable LocalDate certificateDate,
		@Nullable LocalDate dueOn, boolean overdue) {
}
