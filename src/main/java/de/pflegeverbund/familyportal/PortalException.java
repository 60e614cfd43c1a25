package de.pflegeverbund.familyportal;

/**
 * A request was refused for a reason the user can fix; the message key says why.
 */
public class PortalException extends RuntimeException {

	private final String messageKey;

	PortalException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
