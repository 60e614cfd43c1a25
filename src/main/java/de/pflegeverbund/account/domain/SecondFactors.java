package de.pflegeverbund.account.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import de.pflegeverbund.account.AccountException;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.Sha256;
import de.pflegeverbund.shared.web.StaleFormException;
import io.nayuki.qrcodegen.QrCode;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: time-based one-time codes (TOTP, RFC 6238, as Authenticator apps
 * make them) with one-time recovery codes, and whether a Träger or the state office
 * requires it of its staff.
 */
@Service
public class SecondFactors {

	/** How many recovery codes a user gets. */
	public static final int RECOVERY_CODES = 10;

	private static final String ISSUER = "Pflegeverbund-Portal";

	/** Letters and digits that cannot be mistaken for one another. */
	private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final Pattern TOTP_CODE = Pattern.compile("\\d{6}");

	private static final Pattern RECOVERY_CODE = Pattern.compile("[" + RECOVERY_ALPHABET + "]{8}");

	private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

	private final SecureRandom random = new SecureRandom();

	private final UserAccounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	SecondFactors(UserAccounts accounts, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new secret to set up in the app: as text and as a QR code.
	 *
	 * @param secret the shared secret, Base32 as the apps expect it
	 * @param qrCode the otpauth link as an SVG image (data URI)
	 */
	public record Enrolment(String secret, String qrCode) {

		/** The secret in groups of four, for typing it in. */
		public String grouped() {
			return String.join(" ", secret.split("(?<=\\G.{4})"));
		}

	}

	public Enrolment newEnrolment(PortalUser user) {
		byte[] key = new byte[20];
		random.nextBytes(key);
		return enrolment(user, new Base32().encodeToString(key).replace("=", ""));
	}

	public Enrolment enrolment(PortalUser user, String secret) {
		String label = URLEncoder.encode(ISSUER + ":" + user.email(), StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ URLEncoder.encode(ISSUER, StandardCharsets.UTF_8) + "&algorithm=SHA1&digits=6&period=30";
		return new Enrolment(secret, svgDataUri(QrCode.encodeText(uri, QrCode.Ecc.MEDIUM)));
	}

	/**
	 * Sets the second factor up once the user has typed a code the app made from the new
	 * secret.
	 * @return the recovery codes, shown once
	 * @throws AccountException when the code does not fit or a second factor is already
	 * set up
	 */
	@Transactional
	public List<String> setUp(PortalUser user, String secret, String code) {
		UserAccount account = accounts.findById(user.id()).orElseThrow(NotFoundException::new);
		if (account.totpSecret() != null) {
			throw new AccountException("code", "secondFactor.error.alreadySetUp");
		}
		OptionalLong step = matchingStep(secret, normalize(code));
		if (step.isEmpty()) {
			throw new AccountException("code", "secondFactor.error.code");
		}
		account.setUpSecondFactor(secret, clock.instant());
		accounts.flush();
		jdbc.sql("update user_account set totp_last_step = ? where id = ?")
			.params(step.getAsLong(), user.id())
			.update();
		return newRecoveryCodes(user.id());
	}

	/**
	 * Checks a code at sign-in: a code of the app (each counts once) or an unused
	 * recovery code (used up by this).
	 */
	@Transactional
	public boolean verify(PortalUser user, String code) {
		String normalized = normalize(code);
		if (TOTP_CODE.matcher(normalized).matches()) {
			String secret = accounts.findById(user.id()).map(UserAccount::totpSecret).orElse(null);
			if (secret == null) {
				return false;
			}
			OptionalLong step = matchingStep(secret, normalized);
			return step.isPresent() && jdbc.sql("""
					update user_account set totp_last_step = :step
					where id = :id and (totp_last_step is null or totp_last_step < :step)""")
				.param("step", step.getAsLong())
				.param("id", user.id())
				.update() == 1;
		}
		if (RECOVERY_CODE.matcher(normalized).matches()) {
			return jdbc.sql("""
					update recovery_code set used_at = :now
					where account_id = :id and code_hash = :hash and used_at is null""")
				.param("now", java.sql.Timestamp.from(clock.instant()))
				.param("id", user.id())
				.param("hash", Sha256.hex(normalized))
				.update() == 1;
		}
		return false;
	}

	/**
	 * New recovery codes; the old ones no longer work.
	 */
	@Transactional
	public List<String> renewRecoveryCodes(PortalUser user) {
		return newRecoveryCodes(user.id());
	}

	public int unusedRecoveryCodes(PortalUser user) {
		return jdbc.sql("select count(*) from recovery_code where account_id = ? and used_at is null")
			.param(user.id())
			.query(Integer.class)
			.single();
	}

	/**
	 * Removes the user's own second factor, unless it is required of them.
	 */
	@Transactional
	public void remove(PortalUser user) {
		if (isRequiredOf(user.role(), user.providerId())) {
			throw new AccountException("required", "secondFactor.error.required");
		}
		removeOf(user.id());
	}

	/**
	 * A Leitung resets the second factor of a member of its staff, a coordinator that of
	 * a coordinator (lost phone and recovery codes); they set it up again at the next
	 * sign-in.
	 */
	@Transactional
	public void reset(PortalUser actor, long accountId) {
		UserAccount account = accounts.findById(accountId)
			.filter(target -> inScope(actor, target))
			.orElseThrow(NotFoundException::new);
		removeOf(account.id());
	}

	/**
	 * The people whose second factor the actor looks after: the staff of a Leitung's
	 * Träger, or the coordinators.
	 */
	public List<Status> statusOfTeam(PortalUser actor) {
		List<UserAccount> team = (actor.role() == Role.COORDINATOR)
				? accounts.findByRoleAndActiveTrueOrderByDisplayNameAsc(Role.COORDINATOR)
				: accounts.findByProviderIdAndRoleInOrderByDisplayNameAsc(requireLead(actor),
						List.of(Role.PROVIDER_ADMIN, Role.COUNSELLOR));
		return team.stream()
			.filter(UserAccount::isActive)
			.map(account -> new Status(account.id(), account.displayName(), account.email(), account.role(),
					(account.totpEnrolledAt() != null) ? LocalDate.ofInstant(account.totpEnrolledAt(), clock.getZone())
							: null))
			.toList();
	}

	/**
	 * A member of the team and when they set up their second factor ({@code null}: not
	 * yet).
	 */
	public record Status(long id, String displayName, String email, Role role, @Nullable LocalDate setUpOn) {
	}

	/**
	 * Whether the actor's Träger (Leitung) or the state office (coordinator) requires a
	 * second factor of its staff.
	 */
	public boolean isRequiredForTeam(PortalUser actor) {
		return isRequiredOf(actor.role(), teamProvider(actor));
	}

	public boolean isRequiredOf(Role role, @Nullable Long providerId) {
		if (role == Role.FAMILY) {
			return false;
		}
		return (providerId == null)
				? jdbc.sql("select exists (select from second_factor_requirement where provider_id is null)")
					.query(Boolean.class)
					.single()
				: jdbc.sql("select exists (select from second_factor_requirement where provider_id = ?)")
					.param(providerId)
					.query(Boolean.class)
					.single();
	}

	/**
	 * A Leitung requires the second factor of its Träger's staff, a coordinator of the
	 * coordinators; it applies from their next sign-in.
	 */
	@Transactional
	public void requireForTeam(PortalUser actor, boolean required, @Nullable String stamp) {
		Long provider = teamProvider(actor);
		// one change of a team's requirement at a time, so that the check below sees the
		// last one
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
			.param("second_factor_requirement:" + ((provider != null) ? provider : "lja"))
			.query()
			.listOfRows();
		boolean current = isRequiredForTeam(actor);
		StaleFormException.check(stamp, current, required);
		if (current == required) {
			// unchanged: who required it and when stay as they are
			return;
		}
		if (provider == null) {
			jdbc.sql("delete from second_factor_requirement where provider_id is null").update();
		}
		else {
			jdbc.sql("delete from second_factor_requirement where provider_id = ?").param(provider).update();
		}
		if (required) {
			jdbc.sql("insert into second_factor_requirement (provider_id, required_by, required_at) values (?, ?, ?)")
				.params(provider, actor.id(), java.sql.Timestamp.from(clock.instant()))
				.update();
		}
	}

	private @Nullable Long teamProvider(PortalUser actor) {
		return (actor.role() == Role.COORDINATOR) ? null : requireLead(actor);
	}

	private static long requireLead(PortalUser actor) {
		if (actor.role() != Role.PROVIDER_ADMIN) {
			throw new AccessDeniedException("Only a Leitung or a coordinator looks after second factors");
		}
		return actor.requireProviderId();
	}

	private static boolean inScope(PortalUser actor, UserAccount target) {
		if (actor.role() == Role.COORDINATOR) {
			return target.role() == Role.COORDINATOR;
		}
		return target.providerId() != null && target.providerId() == requireLead(actor) && target.role() != Role.FAMILY;
	}

	private void removeOf(long accountId) {
		UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
		account.removeSecondFactor();
		accounts.flush();
		jdbc.sql("update user_account set totp_last_step = null where id = ?").param(accountId).update();
		jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
	}

	private List<String> newRecoveryCodes(long accountId) {
		jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
		List<String> codes = new ArrayList<>();
		while (codes.size() < RECOVERY_CODES) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			if (!codes.contains(code.toString())) {
				codes.add(code.toString());
				jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)")
					.params(accountId, Sha256.hex(code.toString()))
					.update();
			}
		}
		return codes.stream().map(code -> code.substring(0, 4) + "-" + code.substring(4)).toList();
	}

	/**
	 * The time step (now, or one step before or after, for clocks a little apart) whose
	 * code this is.
	 */
	private OptionalLong matchingStep(String secret, String code) {
		if (!TOTP_CODE.matcher(code).matches()) {
			return OptionalLong.empty();
		}
		SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
		long stepSeconds = totp.getTimeStep().toSeconds();
		long now = clock.instant().getEpochSecond() / stepSeconds;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				String expected = totp.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * stepSeconds),
						Locale.ROOT);
				if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
						code.getBytes(StandardCharsets.US_ASCII))) {
					return OptionalLong.of(step);
				}
			}
			catch (InvalidKeyException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return OptionalLong.empty();
	}

	private static String normalize(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	private static String svgDataUri(QrCode qr) {
		int border = 4;
		int size = qr.size + border * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

}
