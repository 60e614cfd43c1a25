package de.pflegeverbund.family.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.pflegeverbund.assignment.AssignmentView;

/**
 * Everything the family page shows, loaded in one transaction.
 *
 * @param certificateDue due date per adult id (adults without certificate are missing)
 * @param overOccupied more active placements than places
 */
public record FamilyDetails(FosterFamily family, List<FosterParent> adults, List<Placement> placements,
		List<FamilyStatusChange> statusHistory, List<AssignmentView> assignments, Map<Long, LocalDate> certificateDue,
		long activePlacements, boolean overOccupied, Map<Long, String> changedByNames) {
}
