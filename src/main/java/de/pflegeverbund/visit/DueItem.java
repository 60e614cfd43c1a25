package de.pflegeverbund.visit;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A family on the counsellor's home page.
 *
 * @param lastContact {@code null} when there has been no contact yet
 * @param dueOn when the next contact is due by the due rules
 * @param daysOverdue days past the due date, 0 when not overdue
 */
public record DueItem(long familyId, String familyName, String city, @Nullable Instant lastContact,
		@Nullable LocalDate nextPlannedOn, LocalDate dueOn, long daysOverdue, int intervalDays) {

	public boolean overdue() {
		return daysOverdue > 0;
	}

}
