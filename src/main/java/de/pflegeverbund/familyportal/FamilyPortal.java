package de.pflegeverbund.familyportal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.assignment.AssignmentManagement;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.FamilyOwnData;
import de.pflegeverbund.family.FamilyRef;
import de.pflegeverbund.familyportal.Portal.ConcernItem;
import de.pflegeverbund.familyportal.Portal.ConcernStatus;
import de.pflegeverbund.familyportal.Portal.ConcernView;
import de.pflegeverbund.familyportal.Portal.Contact;
import de.pflegeverbund.familyportal.Portal.Correction;
import de.pflegeverbund.familyportal.Portal.CorrectionStatus;
import de.pflegeverbund.familyportal.Portal.CorrectionTopic;
import de.pflegeverbund.familyportal.Portal.Home;
import de.pflegeverbund.familyportal.Portal.Message;
import de.pflegeverbund.familyportal.Portal.MissingProtection;
import de.pflegeverbund.familyportal.Portal.Participation;
import de.pflegeverbund.familyportal.Portal.ProtectionRecord;
import de.pflegeverbund.meeting.Audience;
import de.pflegeverbund.meeting.MeetingManagement;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.visit.FamilyContact;
import de.pflegeverbund.visit.VisitManagement;
import de.pflegeverbund.shared.web.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family portal's use cases. A family account sees its own family only; which family
 * that is, is known only here ({@code family_account}). Staff reach a family's portal
 * matters only if they may see the family ({@link FamilyManagement#reference}, 404
 * otherwise); concerns only their addressee and their submitter.
 */
@Service
public class FamilyPortal {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final JdbcTemplate jdbc;

	private final FamilyManagement families;

	private final VisitManagement visits;

	private final MeetingManagement meetings;

	private final AssignmentManagement assignments;

	private final AccountManagement accounts;

	private final ProviderManagement providers;

	private final PortalMails mails;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	FamilyPortal(JdbcTemplate jdbc, FamilyManagement families, VisitManagement visits, MeetingManagement meetings,
			AssignmentManagement assignments, AccountManagement accounts, ProviderManagement providers,
			PortalMails mails, Clock clock) {
		this.jdbc = jdbc;
		this.families = families;
		this.visits = visits;
		this.meetings = meetings;
		this.assignments = assignments;
		this.accounts = accounts;
		this.providers = providers;
		this.mails = mails;
		this.clock = clock;
	}

	// --- family accounts ---------------------------------------------------------------

	/**
	 * The family of a family account; 404 for other accounts and family accounts not
	 * linked (yet).
	 */
	@Transactional(readOnly = true)
	public long familyOf(PortalUser user) {
		if (!user.hasRole(Role.FAMILY)) {
			throw new NotFoundException();
		}
		return jdbc.queryForList("select family_id from family_account where account_id = ?", Long.class, user.id())
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Invites a foster parent to the portal, by a Leitung or counsellor who may see the
	 * family.
	 * @throws de.pflegeverbund.account.AccountException when the address has an account
	 */
	@Transactional
	public long invite(PortalUser staff, long familyId, String name, String email) {
		FamilyRef family = families.reference(staff, familyId);
		long accountId = accounts.inviteFamilyMember(staff, email, name);
		jdbc.update("insert into family_account (account_id, family_id, provider_id, invited_by) values (?, ?, ?, ?)",
				accountId, familyId, family.providerId(), staff.id());
		return accountId;
	}

	/**
	 * Links an existing family account to a family (demo data, migration of accounts).
	 */
	@Transactional
	public void link(long accountId, long familyId, long providerId) {
		jdbc.update("insert into family_account (account_id, family_id, provider_id) values (?, ?, ?)", accountId,
				familyId, providerId);
	}

	/**
	 * The family's home page.
	 */
	@Transactional(readOnly = true)
	public Home home(PortalUser user) {
		long familyId = familyOf(user);
		FamilyOwnData family = families.ownData(familyId);
		ProviderSummary provider = providers.find(family.providerId()).orElseThrow(NotFoundException::new);
		Contact counsellor = assignments.primaryCounsellorOf(familyId)
			.flatMap(id -> accounts.findStaff(family.providerId(), id))
			.map(s -> new Contact(s.displayName(), s.email()))
			.orElse(null);
		List<FamilyContact> contacts = visits.contactsForFamily(familyId, family.providerId());
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate next = contacts.stream()
			.map(FamilyContact::nextPlannedOn)
			.filter(day -> day != null && !day.isBefore(today))
			.findFirst()
			.orElse(null);
		return new Home(family, provider.name(), provider.contactEmail(), provider.contactPhone(), counsellor, next,
				contacts.stream().filter(c -> c.familySummary() != null).toList(),
				meetings.upcoming(user).stream().filter(m -> m.audience() == Audience.FAMILIES).toList(),
				corrections("c.family_id = ?", familyId), concernsOf(user));
	}

	/**
	 * Everything stored about the family, for the export under Art. 15 GDPR.
	 */
	@Transactional(readOnly = true)
	public Export export(PortalUser user) {
		long familyId = familyOf(user);
		FamilyOwnData family = families.ownData(familyId);
		List<Contact> members = familyAccounts(familyId, family.providerId());
		return new Export(LocalDate.now(clock.withZone(ZONE)), family,
				providers.find(family.providerId()).map(ProviderSummary::name).orElse(""), members,
				visits.contactsForFamily(familyId, family.providerId()), corrections("c.family_id = ?", familyId),
				concernsOf(user).stream().map(c -> concern(c.id())).toList(), protection(familyId));
	}

	/**
	 * The export: the family's data and everything the portal stores about it.
	 */
	public record Export(LocalDate createdOn, FamilyOwnData family, String providerName, List<Contact> accounts,
			List<FamilyContact> contacts, List<Correction> corrections, List<ConcernView> concerns,
			List<ProtectionRecord> protection) {
	}

	// --- corrections -------------------------------------------------------------------

	/**
	 * A family asks for a correction; its counsellor (else the Leitung) is told by mail
	 * (link only).
	 */
	@Transactional
	public long requestCorrection(PortalUser user, CorrectionTopic topic, String text) {
		long familyId = familyOf(user);
		long providerId = user.requireProviderId();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					insert into correction_request (provider_id, family_id, account_id, topic, text, status, created_at)
					values (?, ?, ?, ?, ?, 'OPEN', ?)""", new String[] { "id" });
			statement.setLong(1, providerId);
			statement.setLong(2, familyId);
			statement.setLong(3, user.id());
			statement.setString(4, topic.name());
			statement.setString(5, text);
			statement.setTimestamp(6, Timestamp.from(clock.instant()));
			return statement;
		}, key);
		long id = key.getKey().longValue();
		List<String> recipients = new ArrayList<>();
		assignments.primaryCounsellorOf(familyId)
			.flatMap(counsellor -> accounts.findStaff(providerId, counsellor))
			.filter(StaffSummary::active)
			.ifPresentOrElse(counsellor -> recipients.add(counsellor.email()),
					() -> accounts.activeStaffOf(providerId)
						.stream()
						.filter(s -> s.role() == Role.PROVIDER_ADMIN)
						.forEach(s -> recipients.add(s.email())));
		recipients.forEach(to -> mails.correctionRequested(to, id));
		return id;
	}

	/**
	 * Open and recent correction requests of the families the member of staff may see.
	 */
	@Transactional(readOnly = true)
	public List<Correction> correctionsForStaff(PortalUser staff) {
		if (!staff.hasRole(Role.PROVIDER_ADMIN) && !staff.hasRole(Role.COUNSELLOR)) {
			throw new NotFoundException();
		}
		List<Correction> all = corrections("c.provider_id = ?", staff.requireProviderId());
		if (staff.hasRole(Role.PROVIDER_ADMIN)) {
			return all;
		}
		var mine = assignments.familiesOf(staff.id());
		return all.stream().filter(c -> mine.contains(c.familyId())).toList();
	}

	/**
	 * Accepts or declines a correction request (a reason is required to decline); the
	 * family is told by mail.
	 * @throws PortalException when it was decided already or a reason is missing
	 */
	@Transactional
	public void decideCorrection(PortalUser staff, long id, boolean accept, @Nullable String reason) {
		Correction correction = corrections("c.id = ?", id).stream().findFirst().orElseThrow(NotFoundException::new);
		families.reference(staff, correction.familyId());
		if (correction.status() != CorrectionStatus.OPEN) {
			throw new PortalException("portal.correction.decided");
		}
		if (!accept && (reason == null || reason.isBlank())) {
			throw new PortalException("portal.correction.reasonRequired");
		}
		jdbc.update(
				"""
						update correction_request set status = ?, decided_by = ?, decided_at = ?, reason = ?, version = version + 1
						where id = ? and status = 'OPEN'""",
				accept ? "ACCEPTED" : "DECLINED", staff.id(), Timestamp.from(clock.instant()),
				(reason != null && !reason.isBlank()) ? reason.strip() : null, id);
		jdbc.queryForList("select a.account_id from family_account a where a.family_id = ?", Long.class,
				correction.familyId())
			.forEach(account -> accounts.findAccount(account)
				.ifPresent(member -> mails.correctionDecided(member.email())));
	}

	private List<Correction> corrections(String condition, long value) {
		List<Correction> rows = jdbc.query("""
				select c.id, c.family_id, c.topic, c.text, c.status, c.created_at, c.decided_at, c.reason
				from correction_request c where %s order by c.created_at desc, c.id desc""".formatted(condition),
				(row, n) -> new Correction(row.getLong(1), row.getLong(2), "",
						CorrectionTopic.valueOf(row.getString(3)), row.getString(4),
						CorrectionStatus.valueOf(row.getString(5)), row.getTimestamp(6).toInstant(),
						(row.getTimestamp(7) != null) ? row.getTimestamp(7).toInstant() : null, row.getString(8)),
				value);
		var names = families.names(rows.stream().map(Correction::familyId).distinct().toList());
		return rows.stream()
			.map(c -> new Correction(c.id(), c.familyId(), names.getOrDefault(c.familyId(), ""), c.topic(), c.text(),
					c.status(), c.createdAt(), c.decidedAt(), c.reason()))
			.toList();
	}

	private String familyName(long familyId) {
		return families.names(List.of(familyId)).getOrDefault(familyId, "");
	}

	// --- concerns ----------------------------------------------------------------------

	/**
	 * A family member raises a concern to the Leitung of its Träger or (independent) to
	 * the state office.
	 */
	@Transactional
	public long raiseConcern(PortalUser user, boolean toStateOffice, String text) {
		long familyId = familyOf(user);
		Long providerId = toStateOffice ? null : user.requireProviderId();
		long id = insertConcern(providerId, familyId, user.id(), null, text, null);
		notifyAddressee(providerId, id);
		return id;
	}

	/**
	 * A young person (or anybody) raises a concern without an account.
	 * @param providerId the Träger whose Leitung is addressed, {@code null} for the state
	 * office's independent contact
	 * @return the code to follow the answer (only its hash is stored)
	 */
	@Transactional
	public String raisePublicConcern(@Nullable Long providerId, String text, @Nullable String contact) {
		if (providerId != null && !providers.isActive(providerId)) {
			throw new NotFoundException();
		}
		String code = newCode();
		long id = insertConcern(providerId, null, null, hash(code), text, contact);
		notifyAddressee(providerId, id);
		return code;
	}

	/**
	 * The concern behind a code, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<ConcernView> concernByCode(String code) {
		return concernIdByCode(code).map(this::concern);
	}

	/**
	 * The submitter with a code writes to the addressee.
	 */
	@Transactional
	public boolean replyByCode(String code, String text) {
		Optional<Long> id = concernIdByCode(code);
		id.ifPresent(concern -> {
			addMessage(concern, false, null, text);
			notifyAddressee(addresseeOf(concern), concern);
		});
		return id.isPresent();
	}

	/**
	 * The family member's own concern; 404 for every other.
	 */
	@Transactional(readOnly = true)
	public ConcernView ownConcern(PortalUser user, long id) {
		familyOf(user);
		Long owner = jdbc.queryForList("select account_id from concern where id = ?", Long.class, id)
			.stream()
			.findFirst()
			.orElse(null);
		if (owner == null || owner != user.id()) {
			throw new NotFoundException();
		}
		return concern(id);
	}

	@Transactional
	public void replyAsFamily(PortalUser user, long id, String text) {
		ownConcern(user, id);
		addMessage(id, false, null, text);
		notifyAddressee(addresseeOf(id), id);
	}

	/**
	 * The concerns addressed to the user: the Leitung those to its Träger, the
	 * coordinator those to the state office; open first.
	 */
	@Transactional(readOnly = true)
	public List<ConcernItem> inbox(PortalUser user) {
		String condition = addresseeCondition(user);
		return jdbc.query(
				"""
						select c.id, c.provider_id, c.status, c.created_at, c.account_id is null from concern c
						where %s order by case when c.status = 'RESOLVED' then 1 else 0 end, c.created_at desc"""
					.formatted(condition),
				(row, n) -> new ConcernItem(row.getLong(1), providerName((Long) row.getObject(2)),
						ConcernStatus.valueOf(row.getString(3)), row.getTimestamp(4).toInstant(), row.getBoolean(5)),
				addresseeArguments(user));
	}

	/**
	 * A concern for its addressee; 404 for everybody else.
	 */
	@Transactional(readOnly = true)
	public ConcernView concernForAddressee(PortalUser user, long id) {
		requireAddressee(user, id);
		return concern(id);
	}

	/**
	 * The addressee acknowledges, answers or resolves a concern; the submitter with an
	 * account is told by mail (link only).
	 */
	@Transactional
	public void handle(PortalUser user, long id, @Nullable String answer, @Nullable ConcernStatus status) {
		requireAddressee(user, id);
		if (answer != null && !answer.isBlank()) {
			addMessage(id, true, user.id(), answer.strip());
		}
		if (status == ConcernStatus.ACKNOWLEDGED) {
			jdbc.update(
					"update concern set status = 'ACKNOWLEDGED', acknowledged_at = coalesce(acknowledged_at, ?), "
							+ "version = version + 1 where id = ? and status = 'RECEIVED'",
					Timestamp.from(clock.instant()), id);
		}
		else if (status == ConcernStatus.RESOLVED) {
			jdbc.update(
					"update concern set status = 'RESOLVED', acknowledged_at = coalesce(acknowledged_at, ?), "
							+ "resolved_at = ?, version = version + 1 where id = ?",
					Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), id);
		}
		else if (answer != null && !answer.isBlank()) {
			jdbc.update(
					"update concern set status = 'ACKNOWLEDGED', acknowledged_at = coalesce(acknowledged_at, ?), "
							+ "version = version + 1 where id = ? and status = 'RECEIVED'",
					Timestamp.from(clock.instant()), id);
		}
		jdbc.queryForList("select account_id from concern where id = ? and account_id is not null", Long.class, id)
			.forEach(account -> accounts.findAccount(account)
				.ifPresent(member -> mails.concernAnswered(member.email(), id)));
	}

	private List<ConcernItem> concernsOf(PortalUser user) {
		return jdbc
			.query("""
					select id, provider_id, status, created_at from concern where account_id = ? order by created_at desc""",
					(row, n) -> new ConcernItem(row.getLong(1), providerName((Long) row.getObject(2)),
							ConcernStatus.valueOf(row.getString(3)), row.getTimestamp(4).toInstant(), false),
					user.id());
	}

	private ConcernView concern(long id) {
		List<Message> messages = jdbc.query("""
				select from_addressee, author_id, text, created_at from concern_message where concern_id = ?
				order by created_at, id""",
				(row, n) -> new Message(row.getBoolean(1), (row.getObject(2) != null)
						? accounts.findAccount(row.getLong(2)).map(StaffSummary::displayName).orElse(null) : null,
						row.getString(3), row.getTimestamp(4).toInstant()),
				id);
		return jdbc.queryForObject("""
				select id, provider_id, status, created_at, text, contact, family_id from concern where id = ?""",
				(row, n) -> new ConcernView(row.getLong(1), providerName((Long) row.getObject(2)),
						ConcernStatus.valueOf(row.getString(3)), row.getTimestamp(4).toInstant(), row.getString(5),
						row.getString(6), (row.getObject(7) != null) ? familyName(row.getLong(7)) : null, messages),
				id);
	}

	private long insertConcern(@Nullable Long providerId, @Nullable Long familyId, @Nullable Long accountId,
			@Nullable String codeHash, String text, @Nullable String contact) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(
					"""
							insert into concern (provider_id, family_id, account_id, code_hash, text, contact, status, created_at)
							values (?, ?, ?, ?, ?, ?, 'RECEIVED', ?)""",
					new String[] { "id" });
			statement.setObject(1, providerId);
			statement.setObject(2, familyId);
			statement.setObject(3, accountId);
			statement.setString(4, codeHash);
			statement.setString(5, text);
			statement.setString(6, contact);
			statement.setTimestamp(7, Timestamp.from(clock.instant()));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	private void addMessage(long concernId, boolean fromAddressee, @Nullable Long authorId, String text) {
		jdbc.update("""
				insert into concern_message (concern_id, from_addressee, author_id, text, created_at)
				values (?, ?, ?, ?, ?)""", concernId, fromAddressee, authorId, text, Timestamp.from(clock.instant()));
		if (!fromAddressee) {
			jdbc.update(
					"update concern set status = 'ACKNOWLEDGED', resolved_at = null where id = ? and status = 'RESOLVED'",
					concernId);
		}
	}

	private void notifyAddressee(@Nullable Long providerId, long concernId) {
		List<StaffSummary> recipients = (providerId == null) ? accounts.activeCoordinators()
				: accounts.activeStaffOf(providerId).stream().filter(s -> s.role() == Role.PROVIDER_ADMIN).toList();
		recipients.forEach(r -> mails.concernReceived(r.email(), providerId == null, concernId));
	}

	/** The Träger a concern is addressed to, {@code null} for the state office. */
	private @Nullable Long addresseeOf(long concernId) {
		// a list, not a stream: the state office's provider_id is a null element (found
		// by
		// fuzzing: findFirst() threw on it, so every reply to the state office failed)
		List<Long> providers = jdbc.queryForList("select provider_id from concern where id = ?", Long.class, concernId);
		return providers.isEmpty() ? null : providers.get(0);
	}

	private void requireAddressee(PortalUser user, long id) {
		Long count = jdbc.queryForObject(
				"select count(*) from concern c where c.id = ? and " + addresseeCondition(user), Long.class,
				prepend(id, addresseeArguments(user)));
		if (count == null || count == 0) {
			throw new NotFoundException();
		}
	}

	private static String addresseeCondition(PortalUser user) {
		if (user.hasRole(Role.COORDINATOR)) {
			return "c.provider_id is null";
		}
		if (user.hasRole(Role.PROVIDER_ADMIN)) {
			return "c.provider_id = ?";
		}
		throw new NotFoundException();
	}

	private static Object[] addresseeArguments(PortalUser user) {
		return user.hasRole(Role.COORDINATOR) ? new Object[0] : new Object[] { user.requireProviderId() };
	}

	private static Object[] prepend(Object first, Object[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private @Nullable String providerName(@Nullable Long providerId) {
		return (providerId == null) ? null : providers.find(providerId).map(ProviderSummary::name).orElse(null);
	}

	private Optional<Long> concernIdByCode(String code) {
		String normalized = code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (normalized.length() != 12) {
			return Optional.empty();
		}
		return jdbc.queryForList("select id from concern where code_hash = ?", Long.class, hash(normalized))
			.stream()
			.findFirst();
	}

	private String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private static String hash(String code) {
		return Sha256.hex(code);
	}

	// --- participation and protection --------------------------------------------------

	/**
	 * The family's accounts and protection records, for staff who may see the family.
	 */
	@Transactional(readOnly = true)
	public Participation participation(PortalUser staff, long familyId) {
		FamilyRef family = families.reference(staff, familyId);
		return new Participation(familyId, family.name(), familyAccounts(familyId, family.providerId()),
				protection(familyId));
	}

	/**
	 * Records the protection concept applied in a family (a new version) and when the
	 * child was told about the ways to raise a concern.
	 */
	@Transactional
	public void recordProtection(PortalUser staff, long familyId, String conceptVersion, LocalDate appliedOn,
			String participants, @Nullable LocalDate childInformedOn) {
		FamilyRef family = families.reference(staff, familyId);
		jdbc.update("""
				insert into protection_record (provider_id, family_id, concept_version, applied_on, participants,
				child_informed_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", family.providerId(),
				familyId, conceptVersion, appliedOn, participants, childInformedOn, staff.id(),
				Timestamp.from(clock.instant()));
	}

	/**
	 * Active families of the Leitung's Träger without a protection record or without the
	 * day the child was told about the ways to raise a concern.
	 */
	@Transactional(readOnly = true)
	public List<MissingProtection> missingProtection(PortalUser leitung) {
		if (!leitung.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
		long providerId = leitung.requireProviderId();
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		java.util.Map<Long, Boolean> childInformed = new java.util.HashMap<>();
		jdbc.query("""
				select distinct on (family_id) family_id, child_informed_on is not null from protection_record
				where provider_id = ? order by family_id, recorded_at desc, id desc""", (java.sql.ResultSet row) -> {
			childInformed.put(row.getLong(1), row.getBoolean(2));
		}, providerId);
		List<Long> lacking = families.activeFamiliesAt(today, providerId)
			.stream()
			.map(family -> family.id())
			.filter(id -> !Boolean.TRUE.equals(childInformed.get(id)))
			.toList();
		var names = families.names(lacking);
		List<MissingProtection> missing = new ArrayList<>();
		for (long id : lacking) {
			missing.add(new MissingProtection(id, names.getOrDefault(id, ""), !childInformed.containsKey(id), true));
		}
		missing.sort(java.util.Comparator.comparing(MissingProtection::familyName, String.CASE_INSENSITIVE_ORDER));
		return missing;
	}

	private List<ProtectionRecord> protection(long familyId) {
		return jdbc.query("""
				select concept_version, applied_on, participants, child_informed_on, recorded_by, recorded_at
				from protection_record where family_id = ? order by recorded_at desc, id desc""",
				(row, n) -> new ProtectionRecord(row.getString(1), row.getObject(2, LocalDate.class), row.getString(3),
						row.getObject(4, LocalDate.class),
						accounts.findAccount(row.getLong(5)).map(StaffSummary::displayName).orElse(""),
						row.getTimestamp(6).toInstant()),
				familyId);
	}

	private List<Contact> familyAccounts(long familyId, long providerId) {
		List<Long> ids = jdbc.queryForList("select account_id from family_account where family_id = ?", Long.class,
				familyId);
		return accounts.familyMembers(providerId, ids)
			.stream()
			.map(s -> new Contact(s.displayName(), s.email()))
			.toList();
	}

}
