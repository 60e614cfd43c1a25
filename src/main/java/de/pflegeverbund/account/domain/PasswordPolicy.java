package de.pflegeverbund.account.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: 12 to 128 characters, no composition rules,
 * common and easily guessed passwords refused. Common means: in the list of the 30,000
 * most used passwords that ships with zxcvbn, or rated "too guessable" by zxcvbn's
 * estimator (which also knows the user's own e-mail address and the portal's name).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final List<String> PORTAL_WORDS = List.of("pflegeverbund", "pflegefamilie", "pflegekind", "portal",
			"passwort", "kennwort", "jugendamt", "traeger");

	private final Set<String> commonPasswords;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	public PasswordPolicy() {
		try {
			this.commonPasswords = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks a new password.
	 * @return the message key of the first violated rule, empty when the password is
	 * acceptable
	 */
	public Optional<String> violation(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("account.password.tooLong");
		}
		if (commonPasswords.contains(password.toLowerCase(Locale.ROOT)) || isGuessable(password, email)) {
			return Optional.of("account.password.common");
		}
		return Optional.empty();
	}

	private boolean isGuessable(String password, String email) {
		List<String> userInputs = new ArrayList<>(PORTAL_WORDS);
		String localPart = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
		userInputs.add(localPart.replaceAll("[^\\p{L}\\p{N}]", ""));
		for (String part : email.toLowerCase(Locale.ROOT).split("[@._\\-+]")) {
			if (part.length() > 2) {
				userInputs.add(part);
			}
		}
		return zxcvbn.measure(password, userInputs).getScore() < 2;
	}

}
