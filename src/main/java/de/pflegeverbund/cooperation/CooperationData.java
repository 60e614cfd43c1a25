package de.pflegeverbund.cooperation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A cooperation request as sent, already validated.
 *
 * @param serviceAreas postal-code prefixes of the region the Träger works in
 */
public record CooperationData(String organisation, String seat, List<String> serviceAreas, @Nullable String fieldOfWork,
		String contactName, String contactEmail, @Nullable String contactPhone, @Nullable String message) {
}
