package de.pflegeverbund.support;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * What an authenticator app shows for a secret at a moment (RFC 6238: SHA-1, six digits,
 * 30 seconds).
 */
public final class Totp {

	private Totp() {
	}

	public static String code(String secret, Instant at) {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		try {
			return generator.generateOneTimePasswordString(
					new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), at, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
