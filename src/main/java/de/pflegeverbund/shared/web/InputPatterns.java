package de.pflegeverbund.shared.web;

/**
 * Regular expressions for free input of the public forms, for {@code @Pattern}.
 */
public final class InputPatterns {

	/**
	 * A person's name: letters of any script, combining marks, space, dot, apostrophe,
	 * hyphen.
	 */
	public static final String NAME = "\\s*[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*+";

	/**
	 * Text over several lines: no control characters but line breaks and tabs, no bidi
	 * overrides.
	 */
	public static final String MULTI_LINE_TEXT = "[\\r\\n\\t[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]]*+";

	/** One line of text: no control characters, no bidi overrides. */
	public static final String SINGLE_LINE_TEXT = "[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*+";

	private InputPatterns() {
	}

}
