package de.pflegeverbund.meeting;

import org.jspecify.annotations.Nullable;

/**
 * A registration or change was refused; the message key says why.
 */
public class MeetingException extends RuntimeException {

	private final String messageKey;

	private final @Nullable String field;

	MeetingException(String messageKey) {
		this(null, messageKey);
	}

	MeetingException(@Nullable String field, String messageKey) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	/**
	 * The form field the refusal concerns, {@code null} for the form as a whole.
	 */
	public @Nullable String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
