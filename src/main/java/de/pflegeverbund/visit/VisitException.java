package de.pflegeverbund.visit;

/**
 * A change of a contact was refused; the message key says why.
 */
public class VisitException extends RuntimeException {

	private final String messageKey;

	VisitException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
