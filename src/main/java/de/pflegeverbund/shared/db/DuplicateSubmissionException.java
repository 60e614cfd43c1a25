package de.pflegeverbund.shared.db;

import java.util.UUID;

/**
 * A form was sent again after (or while) the same form was written: nothing of the second
 * sending is stored.
 */
public class DuplicateSubmissionException extends RuntimeException {

	private final UUID token;

	public DuplicateSubmissionException(UUID token) {
		super("This form has been sent before");
		this.token = token;
	}

	public UUID token() {
		return token;
	}

}
