package de.pflegeverbund.cooperation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A cooperation request as the coordinator sees it.
 */
public record CooperationView(long id, String organisation, String seat, List<String> serviceAreas,
		@Nullable String fieldOfWork, String contactName, String contactEmail, @Nullable String contactPhone,
		@Nullable String message, CooperationStatus status, Instant receivedAt, @Nullable Instant decidedAt,
		@Nullable Long providerId, @Nullable String declineReason) {
}
