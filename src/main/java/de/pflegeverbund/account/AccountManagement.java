package de.pflegeverbund.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import de.pflegeverbund.account.AccountException;
import de.pflegeverbund.account.domain.AccountProperties;
import de.pflegeverbund.account.domain.OneTimeToken;
import de.pflegeverbund.account.domain.OneTimeTokens;
import de.pflegeverbund.account.domain.PasswordPolicy;
import de.pflegeverbund.account.domain.Sessions;
import de.pflegeverbund.account.domain.StaffMember;
import de.pflegeverbund.account.domain.TokenCheck;
import de.pflegeverbund.account.domain.TokenPurpose;
import de.pflegeverbund.account.domain.TokenState;
import de.pflegeverbund.account.domain.UserAccount;
import de.pflegeverbund.account.domain.UserAccounts;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.mail.MailService;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API and use cases: invitations, password links, (de)activation of
 * accounts.
 */
@Service
public class AccountManagement {

	private static final List<Role> STAFF = List.of(Role.PROVIDER_ADMIN, Role.COUNSELLOR);

	private static final Locale GERMAN = Locale.GERMAN;

	private final UserAccounts accounts;

	private final JdbcTemplate jdbc;

	private final OneTimeTokens tokens;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final ProviderManagement providers;

	private final MailService mail;

	private final MessageSource messages;

	private final Sessions sessions;

	private final AccountProperties properties;

	private final String baseUrl;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccountManagement(UserAccounts accounts, OneTimeTokens tokens, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, ProviderManagement providers, MailService mail, MessageSource messages,
			Sessions sessions, AccountProperties properties, JdbcTemplate jdbc,
			@Value("${portal.base-url}") String baseUrl, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.providers = providers;
		this.mail = mail;
		this.messages = messages;
		this.sessions = sessions;
		this.properties = properties;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.clock = clock;
	}

	/**
	 * The staff of the inviting user's Träger, Leitung first.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staffOf(long providerId) {
		Instant now = clock.instant();
		return accounts.findByProviderIdAndRoleInOrderByDisplayNameAsc(providerId, STAFF)
			.stream()
			.sorted((a, b) -> a.role().compareTo(b.role()))
			.map(account -> StaffMember.of(account, tokens.hasOpenToken(account.id(), TokenPurpose.INVITATION, now)))
			.toList();
	}

	/**
	 * The active staff of a Träger who can counsel families (Fachberatung and Leitung),
	 * by name.
	 */
	@Transactional(readOnly = true)
	public List<StaffSummary> activeStaffOf(long providerId) {
		return accounts.findByProviderIdAndRoleInOrderByDisplayNameAsc(providerId, STAFF)
			.stream()
			.filter(UserAccount::isActive)
			.map(AccountManagement::summary)
			.toList();
	}

	/**
	 * Any account of the Träger's staff, active or not (for names in histories).
	 */
	@Transactional(readOnly = true)
	public Optional<StaffSummary> findStaff(long providerId, long accountId) {
		return accounts.findByIdAndProviderId(accountId, providerId)
			.filter(account -> account.role().isProviderStaff())
			.map(AccountManagement::summary);
	}

	private static StaffSummary summary(UserAccount account) {
		return new StaffSummary(account.id(), account.displayName(), account.email(), account.role(),
				account.isActive());
	}

	/**
	 * Active counsellors (role Fachberatung) per Träger.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> activeCounsellorCounts() {
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : accounts.countActiveByProvider(Role.COUNSELLOR)) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return counts;
	}

	/**
	 * The names of all staff of a Träger, active or not, by account id (for histories and
	 * records that outlive an account's activity).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> staffNames(long providerId) {
		Map<Long, String> names = new HashMap<>();
		for (UserAccount account : accounts.findByProviderIdAndRoleInOrderByDisplayNameAsc(providerId, STAFF)) {
			names.put(account.id(), account.displayName());
		}
		return names;
	}

	/**
	 * The names of the given staff accounts of a Träger, active or not, by account id, in
	 * one query (for the names in a record's history); ids of other accounts are left
	 * out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> staffNames(long providerId, Collection<Long> accountIds) {
		Map<Long, String> names = new HashMap<>();
		if (!accountIds.isEmpty()) {
			// roles and ids as arrays: Hibernate translates a query with a list of values
			// anew for each call
			jdbc.query("""
					select id, display_name from user_account
					where provider_id = ? and role = any(?::varchar[]) and id = any(?::bigint[])
					""", rs -> {
				names.put(rs.getLong(1), rs.getString(2));
			}, providerId, STAFF.stream().map(Role::name).toArray(String[]::new), accountIds.toArray(Long[]::new));
		}
		return names;
	}

	/**
	 * The family accounts of a Träger among the given ids (for the family portal).
	 */
	@Transactional(readOnly = true)
	public List<StaffSummary> familyMembers(long providerId, Collection<Long> accountIds) {
		return accountIds.stream()
			.map(id -> accounts.findByIdAndProviderId(id, providerId))
			.flatMap(Optional::stream)
			.filter(account -> account.role() == Role.FAMILY)
			.map(AccountManagement::summary)
			.toList();
	}

	/**
	 * Any staff account or the coordinator, by id, for names in records (e.g. who
	 * answered a concern).
	 */
	@Transactional(readOnly = true)
	public Optional<StaffSummary> findAccount(long accountId) {
		return accounts.findById(accountId).map(AccountManagement::summary);
	}

	/**
	 * The active counsellors (role Fachberatung) of every Träger.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<StaffSummary>> activeCounsellorsByProvider() {
		Map<Long, List<StaffSummary>> result = new HashMap<>();
		for (UserAccount account : accounts.findByRoleAndActiveTrueOrderByDisplayNameAsc(Role.COUNSELLOR)) {
			if (account.providerId() != null) {
				result.computeIfAbsent(account.providerId(), id -> new java.util.ArrayList<>()).add(summary(account));
			}
		}
		return result;
	}

	/**
	 * The active coordinators of the state office (for mails to its inbox).
	 */
	@Transactional(readOnly = true)
	public List<StaffSummary> activeCoordinators() {
		return accounts.findByRoleAndActiveTrueOrderByDisplayNameAsc(Role.COORDINATOR)
			.stream()
			.map(AccountManagement::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	public long countActiveStaff(long providerId) {
		return accounts.countByProviderIdAndRoleInAndActiveTrue(providerId, STAFF);
	}

	/**
	 * Invites a new member of staff to a Träger. A Leitung invites to their own Träger
	 * only; the coordinator invites the Leitung of any Träger in service.
	 */
	@Transactional
	public long invite(PortalUser inviter, long providerId, String email, String displayName, Role role) {
		boolean allowed = switch (inviter.role()) {
			case COORDINATOR -> role == Role.PROVIDER_ADMIN;
			case PROVIDER_ADMIN ->
				role.isProviderStaff() && inviter.providerId() != null && inviter.providerId() == providerId;
			default -> false;
		};
		if (!allowed) {
			throw new NotFoundException();
		}
		return createAndInvite(providerId, email, displayName, role);
	}

	/**
	 * Invites a foster parent to the family portal: a family account of the inviter's
	 * Träger (the family portal links it to the family). A Leitung or counsellor invites.
	 */
	@Transactional
	public long inviteFamilyMember(PortalUser inviter, String email, String displayName) {
		if (!inviter.hasRole(Role.PROVIDER_ADMIN) && !inviter.hasRole(Role.COUNSELLOR)) {
			throw new NotFoundException();
		}
		return createAndInvite(inviter.requireProviderId(), email, displayName, Role.FAMILY);
	}

	private long createAndInvite(long providerId, String email, String displayName, Role role) {
		ProviderSummary provider = providers.find(providerId).orElseThrow(NotFoundException::new);
		if (!provider.active()) {
			throw new AccountException("email", "account.error.providerInactive");
		}
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		if (accounts.existsByEmail(normalized)) {
			throw new AccountException("email", "account.error.emailTaken");
		}
		UserAccount account = accounts.save(new UserAccount(normalized, displayName.trim(), role, providerId));
		sendInvitation(account, provider.name());
		return account.id();
	}

	/**
	 * Sends a new invitation link to an account that has not set its password yet;
	 * earlier links become void.
	 */
	@Transactional
	public void resendInvitation(PortalUser actor, long accountId) {
		UserAccount account = findManageable(actor, accountId);
		if (account.hasPassword() || !account.isActive()) {
			throw new AccountException("account", "account.error.alreadyJoined");
		}
		tokens.voidOpenTokens(account.id(), clock.instant());
		Long providerId = account.providerId();
		String providerName = (providerId != null) ? providers.find(providerId).map(ProviderSummary::name).orElse("")
				: "";
		sendInvitation(account, providerName);
	}

	@Transactional
	public void deactivate(PortalUser actor, long accountId) {
		UserAccount account = findManageable(actor, accountId);
		if (account.id() == actor.id()) {
			throw new AccountException("account", "account.error.selfDeactivation");
		}
		account.deactivate();
		tokens.voidOpenTokens(account.id(), clock.instant());
		sessions.endSessionsOfAccount(account.id());
	}

	@Transactional
	public void activate(PortalUser actor, long accountId) {
		findManageable(actor, accountId).activate();
	}

	/**
	 * Sends a password-reset link if an active account with that address exists; says
	 * nothing either way.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		Optional<UserAccount> found = accounts.findByEmail(email.trim());
		if (found.isEmpty() || !found.get().isActive()) {
			return;
		}
		UserAccount account = found.get();
		Instant now = clock.instant();
		tokens.voidOpenTokens(account.id(), now);
		String link = createLink(account, TokenPurpose.PASSWORD_RESET, properties.passwordResetValidity());
		mail.send(account.email(), message("mail.passwordReset.subject"), message("mail.passwordReset.body",
				account.displayName(), link, properties.passwordResetValidity().toHours()));
	}

	@Transactional(readOnly = true)
	public TokenCheck check(String rawToken) {
		Optional<OneTimeToken> found = tokens.findByTokenHash(hash(rawToken));
		if (found.isEmpty()) {
			return TokenCheck.of(TokenState.UNKNOWN);
		}
		OneTimeToken token = found.get();
		if (token.isUsed()) {
			return new TokenCheck(TokenState.USED, null, token.purpose());
		}
		if (token.isExpired(clock.instant())) {
			return new TokenCheck(TokenState.EXPIRED, null, token.purpose());
		}
		UserAccount account = accounts.findById(token.accountId()).orElseThrow(NotFoundException::new);
		if (!account.isActive()) {
			return new TokenCheck(TokenState.USED, null, token.purpose());
		}
		return new TokenCheck(TokenState.VALID, account.email(), token.purpose());
	}

	/**
	 * Sets the password through a one-time link. The link is used up, and every other
	 * open link of the account becomes void.
	 * @throws AccountException when the link is no longer valid ({@code field = "token"})
	 * or the password is refused ({@code field = "password"})
	 */
	@Transactional
	public void setPassword(String rawToken, String password) {
		TokenCheck check = check(rawToken);
		if (check.state() != TokenState.VALID || check.email() == null) {
			throw new AccountException("token", "account.token." + check.state().name().toLowerCase(Locale.ROOT));
		}
		passwordPolicy.violation(password, check.email()).ifPresent(key -> {
			throw new AccountException("password", key);
		});
		OneTimeToken token = tokens.findByTokenHash(hash(rawToken)).orElseThrow(NotFoundException::new);
		Instant now = clock.instant();
		if (tokens.markUsed(token.id(), now) != 1) {
			throw new AccountException("token", "account.token.used");
		}
		UserAccount account = accounts.findById(token.accountId()).orElseThrow(NotFoundException::new);
		account.changePassword(passwordEncoder.encode(password));
		tokens.voidOpenTokens(account.id(), now);
		sessions.endSessionsOfAccount(account.id());
	}

	/**
	 * Creates the first coordinator without a password, if there is no coordinator yet.
	 * @return the set-password link, to be shown to the operator once
	 */
	@Transactional
	public Optional<String> bootstrapCoordinator(String email) {
		if (accounts.existsByRole(Role.COORDINATOR) || accounts.existsByEmail(email)) {
			return Optional.empty();
		}
		UserAccount account = accounts.save(new UserAccount(email.trim().toLowerCase(Locale.ROOT),
				message("account.bootstrap.displayName"), Role.COORDINATOR, null));
		return Optional.of(createLink(account, TokenPurpose.INVITATION, properties.invitationValidity()));
	}

	/**
	 * Creates a ready-to-use account with a known password (demo data), or resets the
	 * password of an existing one with that address.
	 */
	@Transactional
	public long provision(String email, String displayName, Role role, @Nullable Long providerId, String rawPassword) {
		UserAccount account = accounts.findByEmail(email)
			.orElseGet(() -> accounts.save(new UserAccount(email, displayName, role, providerId)));
		account.changePassword(passwordEncoder.encode(rawPassword));
		return account.id();
	}

	private UserAccount findManageable(PortalUser actor, long accountId) {
		Optional<UserAccount> account = switch (actor.role()) {
			case PROVIDER_ADMIN -> accounts.findByIdAndProviderId(accountId, actor.requireProviderId())
				.filter(a -> a.role().isProviderStaff());
			case COORDINATOR -> accounts.findById(accountId).filter(a -> a.role() == Role.PROVIDER_ADMIN);
			default -> Optional.empty();
		};
		return account.orElseThrow(NotFoundException::new);
	}

	private void sendInvitation(UserAccount account, String providerName) {
		String link = createLink(account, TokenPurpose.INVITATION, properties.invitationValidity());
		mail.send(account.email(), message("mail.invitation.subject", providerName),
				message("mail.invitation.body", account.displayName(), providerName,
						message("role." + account.role().name()), link, properties.invitationValidity().toHours()));
	}

	private String createLink(UserAccount account, TokenPurpose purpose, Duration validity) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String rawToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.save(new OneTimeToken(account.id(), purpose, hash(rawToken), clock.instant().plus(validity)));
		return baseUrl + "/konto/passwort/" + rawToken;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, GERMAN);
	}

	static String hash(String rawToken) {
		return Sha256.hex(rawToken);
	}

}
