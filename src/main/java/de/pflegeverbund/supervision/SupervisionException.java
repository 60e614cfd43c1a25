package de.pflegeverbund.supervision;

import org.jspecify.annotations.Nullable;

/**
 * A session was refused for a reason the user can fix; the field it concerns and why.
 */
class SupervisionException extends RuntimeException {

	private final @Nullable String field;

	private final String messageKey;

	SupervisionException(@Nullable String field, String messageKey) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	@Nullable String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

}
