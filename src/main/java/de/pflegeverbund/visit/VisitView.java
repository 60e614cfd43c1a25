package de.pflegeverbund.visit;

import java.time.Instant;
import java.util.List;

/**
 * A contact as the log shows it, with its amendments.
 *
 * @param editable whether the current user may still change it
 */
public record VisitView(long id, long familyId, String authorName, Instant createdAt, VisitData data, boolean editable,
		long version, List<Amendment> amendments) {

	/**
	 * An amendment with its author and time.
	 */
	public record Amendment(String authorName, Instant createdAt, String text) {
	}

}
