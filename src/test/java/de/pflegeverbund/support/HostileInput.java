package de.pflegeverbund.support;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random and hostile form values for the fuzz tests: any unicode (control characters,
 * NUL, lone surrogates, right-to-left marks, combining characters, emoji), overlong
 * strings, markup, injection and template expressions, numbers out of range, dates that
 * do not exist and wrong types.
 * <p>
 * Every run draws from a new seed, printed at the start, so each run samples new values;
 * {@code -Dportal.fuzz.seed=…} repeats a run exactly. (jqwik did this before; its engine
 * asks automated agents not to use it, so the project no longer does. Jazzer fuzzes only
 * one test per JVM and instruments the application's classes.)
 */
public final class HostileInput {

	private static final List<String> KNOWN_BAD = List.of("", " ", "\u0000", "a\u0000b", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "' or '1'='1' --", "'; drop table inquiry; --", "${7*7}", "#{7*7}",
			"[[${7*7}]]", "__${7*7}__", "*{T(java.lang.Runtime).getRuntime()}", "\u202eabc", "\ud83d\ude00\ud83d\udc76",
			"\ud800", "\udfff", "Ä\u0308ö", "\ufeff", "\r\n", "\t", "-1", "0", "-0", "99999999999999999999", "1e309",
			"NaN", "Infinity", "true", "2026-02-30", "0000-00-00", "31.12.9999", "9999-12-31T25:61", "../../etc/passwd",
			"%00", "%zz", "null", "undefined", "LONG_TERM", "NOT_AN_ENUM", "[]", "{}", "a,b,c", "; ;", "@", "a@b",
			"x@y@z.example");

	private final SplittableRandom random;

	private final long seed;

	private HostileInput(long seed) {
		this.seed = seed;
		this.random = new SplittableRandom(seed);
	}

	/**
	 * A generator for one test: from {@code -Dportal.fuzz.seed} when given, else from a
	 * new seed; prints the seed with the test's name.
	 */
	public static HostileInput forTest(String name) {
		String given = System.getProperty("portal.fuzz.seed");
		long seed = (given != null && !given.isBlank()) ? Long.parseLong(given.trim())
				: new SplittableRandom().nextLong();
		System.out.println(name + ": fuzzing with -Dportal.fuzz.seed=" + seed);
		return new HostileInput(seed);
	}

	public long seed() {
		return seed;
	}

	public int nextInt(int bound) {
		return random.nextInt(bound);
	}

	/** One hostile value, from one of the kinds above. */
	public String next() {
		return switch (random.nextInt(7)) {
			case 0 -> anyUnicode(random.nextInt(41));
			case 1 -> anyUnicode(3000 + random.nextInt(27_001));
			case 2 -> controlCharacters(1 + random.nextInt(5));
			case 3 -> KNOWN_BAD.get(random.nextInt(KNOWN_BAD.size()));
			case 4 -> String.valueOf(random.nextInt());
			case 5 -> String.valueOf(random.nextLong());
			default -> KNOWN_BAD.get(random.nextInt(KNOWN_BAD.size())) + anyUnicode(random.nextInt(10));
		};
	}

	/**
	 * Any UTF-16 code units: mostly letters of several scripts, but also lone surrogates,
	 * private use, noncharacters and the BMP's edges.
	 */
	private String anyUnicode(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(switch (random.nextInt(6)) {
				case 0 -> (char) random.nextInt(0x80);
				case 1 -> (char) (0xa0 + random.nextInt(0x2f60)); // Latin to CJK symbols
				case 2 -> (char) (0xd800 + random.nextInt(0x800)); // surrogates, paired
																	// or not
				case 3 -> (char) (0xe000 + random.nextInt(0x2000)); // private use and
																	// more
				case 4 -> (char) (0xfff0 + random.nextInt(0x10)); // specials,
																	// noncharacters
				default -> (char) random.nextInt(0x10000);
			});
		}
		return text.toString();
	}

	private String controlCharacters(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) random.nextInt(0x20));
		}
		return text.toString();
	}

}
