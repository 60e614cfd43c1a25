package de.pflegeverbund.cooperation;

/**
 * A decision was refused; the message key says why.
 */
class CooperationException extends RuntimeException {

	private final String messageKey;

	CooperationException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
