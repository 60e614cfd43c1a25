package de.pflegeverbund.provider;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What other modules and views may know of a Träger.
 *
 * @param serviceAreas postal-code prefixes of the service area, sorted
 * @param caseloadTarget families per full-time counsellor the Träger aims at (10, 15 or
 * 20)
 * @param version optimistic-locking version, to be sent back with an edit
 */
public record ProviderSummary(long id, String name, String seat, String contactEmail, @Nullable String contactPhone,
		boolean active, List<String> serviceAreas, int caseloadTarget, long version) {

	/** The counselling ratios the network offers. */
	public static final List<Integer> CASELOAD_TARGETS = List.of(10, 15, 20);

}
