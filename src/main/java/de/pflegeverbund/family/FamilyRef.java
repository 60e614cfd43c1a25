package de.pflegeverbund.family;

import java.util.List;
import java.util.Set;

/**
 * A family as other modules know it.
 *
 * @param adults the names of the foster parents, in their order
 */
public record FamilyRef(long id, long providerId, String name, FamilyStatus status, Set<CareType> careTypes,
		List<String> adults) {
}
