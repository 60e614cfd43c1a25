package de.pflegeverbund.shared.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
	 * A key the portal put into a form (a UUID), or {@code null} for anything else a
	 * client may send instead.
	 */
	public static @Nullable UUID uuidOrNull(@Nullable String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
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
