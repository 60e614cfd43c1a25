package de.pflegeverbund.inquiry.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import de.pflegeverbund.inquiry.domain.InquiryProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signs the moment the interest form was shown, together with the form's submission key,
 * so that a form sent faster than a person can fill it in is recognised, and one shown
 * form yields at most one inquiry. The key lives in the database (created by the
 * migration), so every instance checks the tokens of every other.
 */
@Component
public class FormTokens {

	private final JdbcTemplate jdbc;

	private final InquiryProperties properties;

	private final Clock clock;

	private volatile byte @Nullable [] key;

	FormTokens(JdbcTemplate jdbc, InquiryProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A token for a form shown now.
	 */
	String issue(String submissionKey) {
		return issue(submissionKey, clock.instant());
	}

	/**
	 * A token for a form shown at the given moment.
	 */
	public String issue(String submissionKey, Instant shownAt) {
		String time = Long.toString(shownAt.getEpochSecond());
		return time + "." + sign(time + "." + submissionKey);
	}

	/**
	 * Checks a token sent back with a form.
	 */
	Check check(@Nullable String token, @Nullable String submissionKey) {
		if (token == null || submissionKey == null || token.length() > 100) {
			return Check.INVALID;
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return Check.INVALID;
		}
		String time = token.substring(0, dot);
		byte[] expected = sign(time + "." + submissionKey).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, actual)) {
			return Check.INVALID;
		}
		Instant shownAt;
		try {
			shownAt = Instant.ofEpochSecond(Long.parseLong(time));
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			return Check.INVALID;
		}
		Duration age = Duration.between(shownAt, clock.instant());
		if (age.compareTo(properties.minFillTime()) < 0) {
			return Check.TOO_FAST;
		}
		return (age.compareTo(properties.maxFormAge()) > 0) ? Check.EXPIRED : Check.VALID;
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private byte[] key() {
		byte[] current = key;
		if (current == null) {
			String secret = jdbc.queryForObject("select secret from inquiry_form_key where id = 1", String.class);
			current = HexFormat.of().parseHex(secret);
			key = current;
		}
		return current;
	}

	/**
	 * What a token says about its form.
	 */
	enum Check {

		VALID, INVALID, TOO_FAST, EXPIRED

	}

}
