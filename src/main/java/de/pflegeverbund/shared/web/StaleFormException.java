package de.pflegeverbund.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * A form came back with a {@link Stamp} of a state that is no longer stored, and would
 * replace a value somebody else saved meanwhile: nothing was changed, the form is shown
 * again with the stored value and the user's choice.
 */
public class StaleFormException extends RuntimeException {

	public StaleFormException() {
		super("The form was made from a state changed since", null, false, false);
	}

	/**
	 * Refuses a form that would replace a value changed since it was shown. Sending the
	 * value that is stored now is no conflict: nothing would be lost.
	 */
	public static void check(@Nullable String sentStamp, Object stored, Object sent) {
		if (!stored.equals(sent) && Stamp.changedSince(sentStamp, stored)) {
			throw new StaleFormException();
		}
	}

}
