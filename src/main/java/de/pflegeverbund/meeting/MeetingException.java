package de.pflegeverbund.meeting;

/**
 * A registration or change was refused; the message key says why.
 */
public class MeetingException extends RuntimeException {

	private final String messageKey;

	MeetingException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
