package de.pflegeverbund.assignment;

/**
 * An assignment was refused for a reason the user can fix; the message key explains it.
 */
public class AssignmentException extends RuntimeException {

	private final String messageKey;

	AssignmentException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
