package de.pflegeverbund.meeting;

import org.jspecify.annotations.Nullable;

/**
 * What an external professional enters to register (seed 001), already validated.
 */
public record ExternalRegistration(String firstName, String lastName, String email, String institution,
		@Nullable String institutionSeat, @Nullable String position) {
}
