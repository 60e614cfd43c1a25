package de.pflegeverbund.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Helpers for form handling.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * Fails with 400 when a form record could not even be created, because a value could
	 * not be converted (e.g. a date or a choice no browser sends). Values a browser can
	 * send are bound as text and validated with messages.
	 */
	public static void requireBound(BindingResult result) {
		if (result.getTarget() == null) {
			throw new MalformedFormException();
		}
	}

	/**
	 * A form arrived in a shape no page of the portal sends.
	 */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	public static class MalformedFormException extends RuntimeException {

		MalformedFormException() {
			super("malformed form", null, false, false);
		}

	}

}
