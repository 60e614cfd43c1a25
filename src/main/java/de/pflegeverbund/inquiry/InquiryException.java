package de.pflegeverbund.inquiry;

import org.jspecify.annotations.Nullable;

/**
 * An inquiry refused a change; the message key says why, the field where it belongs
 * ({@code null}: the whole form).
 */
public class InquiryException extends RuntimeException {

	private final @Nullable String field;

	private final String messageKey;

	public InquiryException(@Nullable String field, String messageKey) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	public @Nullable String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
