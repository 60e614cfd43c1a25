package de.pflegeverbund.account;

/**
 * A use case of the account module was refused for a reason the user can fix.
 *
 * @see #field() the form field the reason belongs to, or {@code null} for the whole form
 */
public class AccountException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AccountException(String field, String messageKey) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
