package de.pflegeverbund.provider;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The master data of a Träger as entered by the coordinator, already validated.
 *
 * @param serviceAreas postal-code prefixes of one to five digits
 */
public record ProviderData(String name, String seat, String contactEmail, @Nullable String contactPhone,
		List<String> serviceAreas) {
}
