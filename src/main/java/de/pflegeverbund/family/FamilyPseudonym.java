package de.pflegeverbund.family;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * The pseudonym by which a family is referred to where its name must not appear, e.g. in
 * supervision records: {@code PF-} followed by the family's number in Crockford's base 32
 * and a check character, so a mistyped pseudonym is recognised. Whoever may see the
 * family sees its pseudonym on the family page; the mapping stays inside the portal.
 */
public final class FamilyPseudonym {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final String PREFIX = "PF-";

	private FamilyPseudonym() {
	}

	public static String of(long familyId) {
		if (familyId <= 0) {
			throw new IllegalArgumentException("family ids are positive");
		}
		StringBuilder digits = new StringBuilder();
		long rest = familyId;
		while (rest > 0) {
			digits.insert(0, ALPHABET.charAt((int) (rest % 32)));
			rest /= 32;
		}
		return PREFIX + digits + ALPHABET.charAt((int) (familyId % 31));
	}

	/**
	 * The family number behind a pseudonym, if it is well-formed (case and the letters I,
	 * L, O read as 1, 1, 0 do not matter).
	 */
	public static OptionalLong parse(String pseudonym) {
		String value = pseudonym.strip().toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
		if (!value.startsWith(PREFIX) || value.length() < PREFIX.length() + 2
				|| value.length() > PREFIX.length() + 14) {
			return OptionalLong.empty();
		}
		String digits = value.substring(PREFIX.length(), value.length() - 1);
		long id = 0;
		for (char c : digits.toCharArray()) {
			int digit = ALPHABET.indexOf(c);
			if (digit < 0) {
				return OptionalLong.empty();
			}
			id = id * 32 + digit;
		}
		if (id <= 0 || ALPHABET.charAt((int) (id % 31)) != value.charAt(value.length() - 1)) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(id);
	}

}
