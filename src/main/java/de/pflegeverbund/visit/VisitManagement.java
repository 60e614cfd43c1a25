package de.pflegeverbund.visit;

import java.time.Clock;
import java.util.Set;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.FamilyFigures;
import de.pflegeverbund.family.FamilyRef;
import de.pflegeverbund.family.FamilyListItem;
import de.pflegeverbund.shared.mail.MailService;
import de.pflegeverbund.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit module's API. Who may see a family's contacts is decided by the family
 * module: whoever may see the family (its Träger's Leitung, its counsellors).
 */
@Service
public class VisitManagement {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final Visits visits;

	private final VisitAmendments amendments;

	private final FamilyManagement families;

	private final AccountManagement accounts;

	private final VisitProperties properties;

	private final JdbcTemplate jdbc;

	private final RiskAssessments riskAssessments;

	private final MailService mail;

	private final MessageSource messages;

	private final String baseUrl;

	private final Clock clock;

	VisitManagement(Visits visits, VisitAmendments amendments, FamilyManagement families, AccountManagement accounts,
			VisitProperties properties, JdbcTemplate jdbc, RiskAssessments riskAssessments, MailService mail,
			MessageSource messages, @Value("${portal.base-url}") String baseUrl, Clock clock) {
		this.riskAssessments = riskAssessments;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.visits = visits;
		this.amendments = amendments;
		this.families = families;
		this.accounts = accounts;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public FamilyRef family(PortalUser user, long familyId) {
		return families.reference(user, familyId);
	}

	/**
	 * Records a contact. The key is unique: a second submission with the same key (double
	 * click, reload) fails on it and stores nothing; {@link #recordedWith} then finds the
	 * first. Asking for the key before every insert cost a lookup in an index of millions
	 * of random keys that the insert does again anyway.
	 * @throws DataIntegrityViolationException if a contact with this key exists
	 */
	@Transactional
	public long record(PortalUser user, long familyId, UUID submissionKey, VisitData data) {
		long providerId = families.providerOf(user, familyId);
		Visit visit = visits.saveAndFlush(new Visit(providerId, familyId, user.id(), submissionKey, data));
		if (data.concern()) {
			openRiskAssessment(user, families.reference(user, familyId), visit);
		}
		return visit.id();
	}

	/**
	 * The contact with the family recorded with this key, if any (404 for a family the
	 * user may not see).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> recordedWith(PortalUser user, long familyId, UUID submissionKey) {
		families.providerOf(user, familyId);
		return visits.findBySubmissionKey(submissionKey)
			.filter(existing -> existing.familyId() == familyId)
			.map(Visit::id);
	}

	/**
	 * Opens the risk assessment of a contact with the concern flag and tells the Leitung
	 * at once. The mail names no family and no child; it links to the portal.
	 */
	private void openRiskAssessment(PortalUser user, FamilyRef family, Visit visit) {
		if (riskAssessments.existsByVisitId(visit.id())) {
			return;
		}
		RiskAssessment assessment = riskAssessments
			.save(new RiskAssessment(family.providerId(), family.id(), visit.id(), user.id()));
		String link = baseUrl + "/leitung/gefaehrdungseinschaetzungen/" + assessment.id();
		for (StaffSummary lead : accounts.activeStaffOf(family.providerId())) {
			if (lead.role() == Role.PROVIDER_ADMIN) {
				mail.send(lead.email(), messages.getMessage("mail.risk.subject", null, Locale.GERMAN), messages
					.getMessage("mail.risk.body", new Object[] { lead.displayName(), link }, Locale.GERMAN));
			}
		}
	}

	@Transactional
	public void update(PortalUser user, long familyId, long visitId, long expectedVersion, VisitData data) {
		Visit visit = find(user, familyId, visitId);
		if (visit.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Visit.class, visitId);
		}
		boolean hadConcern = visit.toData().concern();
		visit.update(user.id(), data, clock.instant(), properties.editGrace());
		if (data.concern() && !hadConcern) {
			openRiskAssessment(user, families.reference(user, familyId), visit);
		}
	}

	@Transactional
	public void amend(PortalUser user, long familyId, long visitId, String text) {
		Visit visit = find(user, familyId, visitId);
		amendments.save(new VisitAmendment(visit.id(), user.requireProviderId(), user.id(), text));
	}

	/**
	 * A contact with its family, for the contact's page (also shown after saving): the
	 * family is read and its visibility checked once.
	 */
	@Transactional(readOnly = true)
	public VisitPage page(PortalUser user, long familyId, long visitId) {
		FamilyRef family = families.reference(user, familyId);
		return new VisitPage(family, toView(user, find(family, visitId), new HashMap<>()));
	}

	@Transactional(readOnly = true)
	public VisitView view(PortalUser user, long familyId, long visitId) {
		Visit visit = find(user, familyId, visitId);
		Map<Long, String> names = new HashMap<>();
		return toView(user, visit, names);
	}

	/**
	 * The contacts with a family as the family may see them, newest first. The caller
	 * (the family portal) has checked that the signed-in account belongs to this family.
	 */
	@Transactional(readOnly = true)
	public List<FamilyContact> contactsForFamily(long familyId, long providerId) {
		return visits.findHistory(familyId, providerId).stream().map(visit -> {
			VisitData data = visit.toData();
			return new FamilyContact(data.occurredAt(), data.kind(), data.durationMinutes(), data.participants(),
					data.topics(), data.agreements(), data.nextPlannedOn(), data.familySummary());
		}).toList();
	}

	/**
	 * The contacts of a family, newest first, optionally of one kind only.
	 */
	@Transactional(readOnly = true)
	public List<VisitView> history(PortalUser user, long familyId, @Nullable VisitKind kind) {
		FamilyRef family = families.reference(user, familyId);
		Map<Long, String> names = new HashMap<>();
		return visits.findHistory(familyId, family.providerId())
			.stream()
			.filter(visit -> kind == null || visit.toData().kind() == kind)
			.map(visit -> toView(user, visit, names))
			.toList();
	}

	/**
	 * The counsellor's families by due date: overdue first (most overdue on top), then by
	 * due date.
	 */
	@Transactional(readOnly = true)
	public List<DueItem> dueList(PortalUser user) {
		List<FamilyListItem> own = families.familiesOfCounsellor(user)
			.stream()
			.filter(item -> item.status().isActive())
			.toList();
		if (own.isEmpty()) {
			return List.of();
		}
		Map<CareType, Integer> intervals = intervals(user.requireProviderId());
		Map<Long, LatestContact> latest = latestContacts(own.stream().map(FamilyListItem::id).toArray(Long[]::new));
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		return own.stream().map(item -> {
			int interval = item.careTypes()
				.stream()
				.map(type -> intervals.getOrDefault(type, 42))
				.min(Integer::compare)
				.orElse(42);
			LatestContact contact = latest.get(item.id());
			Instant last = (contact != null) ? contact.at() : null;
			LocalDate planned = (contact != null) ? contact.nextPlannedOn() : null;
			LocalDate due = (last != null) ? last.atZone(ZONE).toLocalDate().plusDays(interval) : today;
			long overdue = Math.max(0, ChronoUnit.DAYS.between(due, today));
			return new DueItem(item.id(), item.name(), item.city(), last, planned, due, overdue, interval);
		}).sorted(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::familyName)).toList();
	}

	/**
	 * Demo data only (profile {@code demo}): contacts over the last three years for every
	 * family of the Leitung's Träger that has or had a child placed, by its primary
	 * counsellor, every four to seven weeks — home visits mostly, some calls, video calls
	 * and care-plan meetings — ending a few days to seven weeks ago, so some families are
	 * due or overdue.
	 * @return how many contacts were recorded
	 */
	@Transactional
	public int createDemoContacts(PortalUser admin) {
		if (!admin.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
		return jdbc.update(
				"""
						insert into visit (provider_id, family_id, author_id, occurred_at, duration_minutes, kind, participants,
						    child_spoken_alone, topics, agreements, submission_key, created_at)
						select p.provider_id, p.family_id, a.counsellor_id, c.at, c.minutes, c.kind,
						    case when c.kind in ('PHONE', 'VIDEO') then 'Pflegemutter' else 'Pflegeeltern, Kind' end,
						    c.kind = 'HOME_VISIT' and c.n % 3 <> 0,
						    (array['Schule und Hausaufgaben, Schlafrhythmus', 'Umgangskontakte mit den Herkunftseltern',
						        'Entwicklung in der Kita, Sprachförderung', 'Hilfeplangespräch vorbereitet, Wünsche des Kindes',
						        'Belastung der Pflegeeltern, Entlastungsangebote', 'Arztbesuche und Therapien',
						        'Freizeit, Verein, Freundschaften'])[1 + c.n % 7],
						    (array['Nächster Hausbesuch in etwa sechs Wochen', 'Pflegemutter meldet sich nach dem Umgangskontakt',
						        'Antrag auf Lernförderung wird gestellt', null])[1 + c.n % 4],
						    gen_random_uuid(), c.at
						from (select family_id, provider_id, min(started_on) as first_day,
						          max(coalesce(ended_on, current_date)) as last_day
						      from placement where provider_id = ? group by family_id, provider_id) p
						join counsellor_assignment a on a.family_id = p.family_id and a.kind = 'PRIMARY' and a.ended_on is null
						cross join lateral generate_series(greatest(p.first_day, current_date - 3 * 365) + 7,
						    least(p.last_day, current_date - 3 - (p.family_id % 47)::int),
						    ((28 + p.family_id % 21) || ' days')::interval) as d
						cross join lateral (select (p.family_id + extract(doy from d)::int) as n) as s
						cross join lateral (select s.n,
						    (d::date + time '09:00' + (s.n % 8) * interval '1 hour') at time zone 'Europe/Berlin' as at,
						    (array[60, 90, 45, 30, 120])[1 + s.n % 5] as minutes,
						    (array['HOME_VISIT', 'HOME_VISIT', 'PHONE', 'HOME_VISIT', 'CARE_PLAN_MEETING', 'VIDEO',
						        'HOME_VISIT'])[1 + s.n % 7] as kind) as c
						""",
				admin.requireProviderId());
	}

	/**
	 * The latest contact of each family (time, next planned contact), by family id: one
	 * probe of the family's newest index entry per family, however long its history.
	 */
	private Map<Long, LatestContact> latestContacts(Long[] familyIds) {
		Map<Long, LatestContact> latest = new HashMap<>();
		jdbc.query("""
				select f.id, v.occurred_at, v.next_planned_on
				from unnest(?::bigint[]) as f(id)
				cross join lateral (select occurred_at, next_planned_on from visit
				    where family_id = f.id order by occurred_at desc limit 1) v
				""", rs -> {
			java.sql.Date planned = rs.getDate(3);
			latest.put(rs.getLong(1), new LatestContact(rs.getTimestamp(2).toInstant(),
					(planned != null) ? planned.toLocalDate() : null));
		}, (Object) familyIds);
		return latest;
	}

	private record LatestContact(Instant at, @Nullable LocalDate nextPlannedOn) {
	}

	/**
	 * Contacts per Träger within a period (statistics: numbers only).
	 * @param providerId one Träger, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> visitCounts(LocalDate from, LocalDate to, @Nullable Long providerId) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.query("""
				select provider_id, count(*) from visit
				where occurred_at >= ? and occurred_at < ? and (?::bigint is null or provider_id = ?)
				group by provider_id
				""", rs -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		}, start(from), start(to.plusDays(1)), providerId, providerId);
		return counts;
	}

	/**
	 * Contacts of one Träger within a period per author (statistics per counsellor).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> visitCountsByAuthor(long providerId, LocalDate from, LocalDate to) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.query("""
				select author_id, count(*) from visit
				where provider_id = ? and occurred_at >= ? and occurred_at < ? group by author_id
				""", rs -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		}, providerId, start(from), start(to.plusDays(1)));
		return counts;
	}

	/**
	 * The families that were overdue on a day: looked after on that day, and their last
	 * contact on or before it (or, without any contact, the day they were created) lies
	 * further back than the shortest interval of their care types (the Träger's rule or
	 * the default).
	 * @param providerId one Träger, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> overdueFamilies(LocalDate day, @Nullable Long providerId) {
		List<FamilyFigures.ActiveFamily> active = families.activeFamiliesAt(day, providerId);
		Map<Long, LocalDate> lastContact = new HashMap<>();
		jdbc.query("""
				select family_id, max(occurred_at) from visit
				where occurred_at < ? and (?::bigint is null or provider_id = ?) group by family_id
				""", rs -> {
			lastContact.put(rs.getLong(1), rs.getTimestamp(2).toInstant().atZone(ZONE).toLocalDate());
		}, start(day.plusDays(1)), providerId, providerId);
		Map<Long, Map<CareType, Integer>> rules = new HashMap<>();
		jdbc.query("select provider_id, care_type, interval_days from visit_due_rule", rs -> {
			rules.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(CareType.class))
				.put(CareType.valueOf(rs.getString(2)), rs.getInt(3));
		});
		Map<Long, Long> overdue = new HashMap<>();
		for (FamilyFigures.ActiveFamily family : active) {
			Map<CareType, Integer> own = rules.getOrDefault(family.providerId(), Map.of());
			int interval = family.careTypes()
				.stream()
				.mapToInt(type -> own.getOrDefault(type, properties.defaultIntervals().getOrDefault(type, 42)))
				.min()
				.orElse(42);
			LocalDate reference = lastContact.getOrDefault(family.id(), family.since());
			if (reference.plusDays(interval).isBefore(day)) {
				overdue.put(family.id(), family.providerId());
			}
		}
		return overdue;
	}

	private static java.sql.Timestamp start(LocalDate day) {
		return java.sql.Timestamp.from(day.atStartOfDay(ZONE).toInstant());
	}

	/**
	 * Days between contacts per care type for a Träger: its own rules, else the defaults.
	 */
	@Transactional(readOnly = true)
	public Map<CareType, Integer> intervals(long providerId) {
		Map<CareType, Integer> result = new EnumMap<>(CareType.class);
		result.putAll(properties.defaultIntervals());
		jdbc.query("select care_type, interval_days from visit_due_rule where provider_id = ?", rs -> {
			result.put(CareType.valueOf(rs.getString(1)), rs.getInt(2));
		}, providerId);
		return result;
	}

	private Visit find(PortalUser user, long familyId, long visitId) {
		return find(families.reference(user, familyId), visitId);
	}

	private Visit find(FamilyRef family, long visitId) {
		return visits.findByIdAndFamilyIdAndProviderId(visitId, family.id(), family.providerId())
			.orElseThrow(NotFoundException::new);
	}

	private VisitView toView(PortalUser user, Visit visit, Map<Long, String> names) {
		List<VisitView.Amendment> added = amendments.findByVisitIdOrderByCreatedAtAsc(visit.id())
			.stream()
			.map(a -> new VisitView.Amendment(name(user, a.authorId(), names), a.createdAt(), a.text()))
			.toList();
		return new VisitView(visit.id(), visit.familyId(), name(user, visit.authorId(), names), visit.createdAt(),
				visit.toData(), visit.isEditableBy(user.id(), clock.instant(), properties.editGrace()), visit.version(),
				added);
	}

	private String name(PortalUser user, long accountId, Map<Long, String> cache) {
		if (accountId == user.id()) {
			// the signed-in user's own name, as the page's header shows it: no query
			return user.displayName();
		}
		return cache.computeIfAbsent(accountId,
				id -> accounts.findStaff(user.requireProviderId(), id).map(StaffSummary::displayName).orElse(""));
	}

}
