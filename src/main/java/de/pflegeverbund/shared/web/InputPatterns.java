package de.pflegeverbund.shared.web;

/**
 * Regular expressions for free input of the public forms, for {@code @Pattern}.
 */
public final class InputPatterns {

	/**
	 * Bidi overrides and isolates, which can make text read otherwise than it is stored,
	 * and the noncharacters of the basic plane (U+FDD0–U+FDEF, U+FFFE, U+FFFF), which no
	 * keyboard types: HTML forbids them, and an HTML parser may even take U+FFFF for the
	 * end of the page (jsoup does), hiding whatever follows on a page that shows the
	 * text.
	 */
	private static final String NOT_TEXT = "\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF";

	/**
	 * A person's name: letters of any script, combining marks, space, dot, apostrophe,
	 * hyphen.
	 */
	public static final String NAME = "\\s*[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*+";

	/**
	 * Text over several lines: no control characters but line breaks and tabs, no bidi
	 * overrides, no noncharacters of the basic plane.
	 */
	public static final String MULTI_LINE_TEXT = "[\\r\\n\\t[^\\p{Cc}" + NOT_TEXT + "]]*+";

	/** One line of text: no control characters, no bidi overrides, no noncharacters. */
	public static final String SINGLE_LINE_TEXT = "[^\\p{Cc}" + NOT_TEXT + "]*+";

	private InputPatterns() {
	}

}
