package de.pflegeverbund.shared.web;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a form showed of records without a version of their own (a table of settings, the
 * ticks of a list), as a short checksum in a hidden field: if it differs from a checksum
 * of what is stored when the form comes back, somebody saved in between, and the form is
 * shown again instead of overwriting their change.
 */
public final class Stamp {

	/** The name of the hidden field. */
	public static final String FIELD = "stand";

	private Stamp() {
	}

	/** The stamp of a state (any value with a stable {@code toString()}). */
	public static String of(Object state) {
		return Sha256.hex(String.valueOf(state)).substring(0, 16);
	}

	/**
	 * Whether a form that came back with the given stamp was made from another state than
	 * the one stored now; a form without a stamp is not checked.
	 */
	public static boolean changedSince(@Nullable String sent, Object storedState) {
		return sent != null && !sent.isEmpty() && !Objects.equals(sent, of(storedState));
	}

}
