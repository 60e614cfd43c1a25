package de.pflegeverbund.family.domain;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a family's change history.
 *
 * @param kind ADD, MOD or DEL
 * @param changes the fields that changed, as label key, old and new value
 */
public record FamilyRevisionView(Instant at, String author, String kind, List<Change> changes) {

	/**
	 * A changed field.
	 */
	public record Change(String fieldKey, String before, String after) {
	}

}
