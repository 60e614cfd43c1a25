package de.pflegeverbund.family;

/**
 * A family refused a change; the message key says why, the field where it belongs
 * ({@code null}: the whole form).
 */
public class FamilyRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FamilyRuleException(String field, String messageKey) {
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
