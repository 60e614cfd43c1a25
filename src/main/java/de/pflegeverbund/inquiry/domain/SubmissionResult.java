package de.pflegeverbund.inquiry.domain;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * What became of a submitted interest form (kept in the session for the confirmation
 * page, hence serializable).
 *
 * @param providerName the Träger it went to; {@code null}: the state office's inbox
 * @param duplicate the same form had been sent before; nothing new was stored
 */
public record SubmissionResult(long inquiryId, @Nullable String providerName, @Nullable String providerEmail,
		@Nullable String providerPhone, boolean duplicate) implements Serializable {
}
