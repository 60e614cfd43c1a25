package de.pflegeverbund.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.FamilyPseudonym;
import de.pflegeverbund.meeting.Attendance;
import de.pflegeverbund.meeting.MeetingManagement;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.StaleFormException;
import de.pflegeverbund.supervision.Views.KindFigures;
import de.pflegeverbund.supervision.Views.Overview;
import de.pflegeverbund.supervision.Views.Progress;
import de.pflegeverbund.supervision.Views.QualityReport;
import de.pflegeverbund.supervision.Views.SessionItem;
import de.pflegeverbund.supervision.Views.SessionView;
import de.pflegeverbund.supervision.Views.WorkingGroupItem;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision module's use cases. Sessions belong to one Träger; their contents are
 * readable by whoever took part, led or recorded them, and by nobody else (404). Hours
 * count for the participants, together with their recorded attendance at the network's
 * Arbeitskreise.
 */
@Service
public class SupervisionManagement {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Pattern SALUTATION = Pattern
		.compile("\\b(Frau|Herr|Herrn|Familie|Fam\\.)\\s+([A-ZÄÖÜ][\\p{L}'’-]+)");

	private final SupervisionSessions sessions;

	private final JdbcTemplate jdbc;

	private final AccountManagement accounts;

	private final FamilyManagement families;

	private final MeetingManagement meetings;

	private final Clock clock;

	private final int defaultTargetHours;

	SupervisionManagement(SupervisionSessions sessions, JdbcTemplate jdbc, AccountManagement accounts,
			FamilyManagement families, MeetingManagement meetings, Clock clock,
			@Value("${portal.supervision.default-target-hours}") int defaultTargetHours) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.families = families;
		this.meetings = meetings;
		this.clock = clock;
		this.defaultTargetHours = defaultTargetHours;
	}

	/**
	 * Records a session of the user's Träger.
	 * @throws SupervisionException when a participant, the supervising colleague or a
	 * family is not of the Träger, or an Arbeitskreis is counted already from the
	 * network's attendance list
	 */
	@Transactional
	public long record(PortalUser user, SessionData data) {
		long providerId = requireStaff(user);
		Set<Long> staff = staffIds(providerId);
		if (data.participantIds().isEmpty()) {
			throw new SupervisionException("participantIds", "supervision.form.participants.required");
		}
		if (!staff.containsAll(data.participantIds())) {
			throw new SupervisionException("participantIds", "supervision.form.participants.foreign");
		}
		if (data.supervisorAccountId() != null && !staff.contains(data.supervisorAccountId())) {
			throw new SupervisionException("supervisorAccountId", "supervision.form.participants.foreign");
		}
		if (!families.familiesOfProvider(providerId, data.familyIds()).containsAll(data.familyIds())) {
			throw new SupervisionException("families", "supervision.form.families.unknown");
		}
		if (data.kind() == SupervisionKind.WORKING_GROUP && countedAlready(data)) {
			throw new SupervisionException("kind", "supervision.form.workingGroup.counted");
		}
		return sessions.save(new SupervisionSession(providerId, data, user.id(), clock.instant())).id();
	}

	private boolean countedAlready(SessionData data) {
		Instant from = data.heldOn().atStartOfDay(ZONE).toInstant();
		Instant to = data.heldOn().plusDays(1).atStartOfDay(ZONE).toInstant();
		return !meetings.workingGroupAttendance(data.participantIds(), from, to).isEmpty();
	}

	/**
	 * Words of the texts that look like a person's name: a name of the Träger's families
	 * or foster parents, or a word after Frau, Herr, Familie.
	 */
	@Transactional(readOnly = true)
	List<String> suspectedNames(PortalUser user, @Nullable String... texts) {
		long providerId = requireStaff(user);
		Set<String> names = families.personNames(providerId);
		Set<String> found = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null || text.isBlank()) {
				continue;
			}
			Matcher salutation = SALUTATION.matcher(text);
			while (salutation.find()) {
				found.add(salutation.group());
			}
			for (String name : names) {
				if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text).find()) {
					found.add(name);
				}
			}
		}
		return new ArrayList<>(found);
	}

	/**
	 * The active staff of the user's Träger, as participants or supervising colleague.
	 */
	@Transactional(readOnly = true)
	List<StaffSummary> colleagues(PortalUser user) {
		return accounts.activeStaffOf(requireStaff(user));
	}

	/**
	 * The user's page: the sessions whose contents they may read, their Arbeitskreise
	 * and, for counsellors, hours against the target.
	 */
	@Transactional(readOnly = true)
	Overview overview(PortalUser user, int year) {
		long providerId = requireStaff(user);
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Map<Long, String> names = names(providerId);
		List<SessionItem> items = sessions.findReadable(providerId, user.id(), from, to)
			.stream()
			.map(session -> item(session, names))
			.toList();
		List<Attendance> attendances = meetings.workingGroupAttendance(Set.of(user.id()), start(from),
				start(to.plusDays(1)));
		List<WorkingGroupItem> workingGroups = attendances.stream()
			.map(a -> new WorkingGroupItem(a.meetingId(), a.title(), a.startsAt(), a.minutes()))
			.toList();
		Progress progress = user.hasRole(Role.COUNSELLOR)
				? progress(List.of(new StaffSummary(user.id(), user.displayName(), user.email(), user.role(), true)),
						providerId, year)
					.get(0)
				: null;
		return new Overview(year, items, workingGroups, progress);
	}

	/**
	 * A session with its contents, for a participant, its supervising colleague or who
	 * recorded it; 404 for everybody else.
	 */
	@Transactional(readOnly = true)
	SessionView find(PortalUser user, long id) {
		long providerId = requireStaff(user);
		SupervisionSession session = sessions.findById(id)
			.filter(s -> s.providerId() == providerId && s.isReadableBy(user.id()))
			.orElseThrow(NotFoundException::new);
		Map<Long, String> names = names(providerId);
		String supervisor = (session.supervisorAccountId() != null)
				? names.getOrDefault(session.supervisorAccountId(), "") : session.supervisorName();
		return new SessionView(session.id(), session.kind(), session.heldOn(), session.durationMinutes(), supervisor,
				participantNames(session, names),
				session.families().stream().sorted().map(FamilyPseudonym::of).toList(), session.topics(),
				session.agreements(), names.getOrDefault(session.createdBy(), ""));
	}

	/**
	 * The Leitung's quality page: hours per active counsellor against the target, who is
	 * behind, sessions by kind.
	 */
	@Transactional(readOnly = true)
	QualityReport quality(PortalUser user, int year) {
		long providerId = requireLeitung(user);
		List<StaffSummary> counsellors = accounts.activeStaffOf(providerId)
			.stream()
			.filter(s -> s.role() == Role.COUNSELLOR)
			.toList();
		Map<SupervisionKind, KindFigures> byKind = new EnumMap<>(SupervisionKind.class);
		for (SupervisionKind kind : SupervisionKind.values()) {
			byKind.put(kind, new KindFigures(0, 0));
		}
		for (SupervisionSession session : sessions.findOfProvider(providerId, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31))) {
			KindFigures figures = byKind.get(session.kind());
			byKind.put(session.kind(),
					new KindFigures(figures.sessions() + 1, figures.minutes() + session.durationMinutes()));
		}
		List<Long> staffIds = accounts.activeStaffOf(providerId).stream().map(StaffSummary::id).toList();
		int attendances = meetings
			.workingGroupAttendance(staffIds, start(LocalDate.of(year, 1, 1)), start(LocalDate.of(year + 1, 1, 1)))
			.size();
		return new QualityReport(year, targetHours(providerId), progress(counsellors, providerId, year), byKind,
				attendances);
	}

	/**
	 * Sets the yearly target hours per counsellor of the Leitung's Träger.
	 * @throws StaleFormException when the stamp shows that the form was made from another
	 * target than the one stored now
	 */
	@Transactional
	void changeTarget(PortalUser user, int hours, @Nullable String stamp) {
		long providerId = requireLeitung(user);
		// one change of the Träger's target at a time, so that the check sees the last
		// one
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "supervision_target:" + providerId);
		Optional<Integer> stored = storedTargetHours(providerId);
		StaleFormException.check(stamp, stored.orElse(defaultTargetHours), hours);
		if (stored.isPresent() && stored.get() == hours) {
			// unchanged: who set it and when stay as they are
			return;
		}
		jdbc.update("""
				insert into supervision_target (provider_id, yearly_hours, changed_by, changed_at) values (?, ?, ?, ?)
				on conflict (provider_id) do update set yearly_hours = excluded.yearly_hours,
				changed_by = excluded.changed_by, changed_at = excluded.changed_at""", providerId, hours, user.id(),
				Timestamp.from(clock.instant()));
	}

	/**
	 * For every Träger with active counsellors: how many of them meet the target of the
	 * year (pro rata while it runs). Only the share leaves this module, never names.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Compliance> compliance(int year) {
		Map<Long, List<StaffSummary>> counsellors = accounts.activeCounsellorsByProvider();
		Set<Long> allIds = new HashSet<>();
		counsellors.values().forEach(list -> list.forEach(s -> allIds.add(s.id())));
		Map<Long, Integer> minutes = minutesOf(allIds, year, null);
		Map<Long, Integer> targets = targets();
		Map<Long, Compliance> result = new HashMap<>();
		counsellors.forEach((providerId, staff) -> {
			int expected = expectedMinutes(targets.getOrDefault(providerId, defaultTargetHours), year);
			int meeting = (int) staff.stream().filter(s -> minutes.getOrDefault(s.id(), 0) >= expected).count();
			result.put(providerId, new Compliance(providerId, staff.size(), meeting));
		});
		return result;
	}

	/**
	 * The yearly target hours of a Träger's counsellors.
	 */
	@Transactional(readOnly = true)
	int targetHours(long providerId) {
		return storedTargetHours(providerId).orElse(defaultTargetHours);
	}

	/** The target the Leitung set, if it set one. */
	private Optional<Integer> storedTargetHours(long providerId) {
		return jdbc
			.queryForList("select yearly_hours from supervision_target where provider_id = ?", Integer.class,
					providerId)
			.stream()
			.findFirst();
	}

	private Map<Long, Integer> targets() {
		Map<Long, Integer> targets = new HashMap<>();
		jdbc.query("select provider_id, yearly_hours from supervision_target", (java.sql.ResultSet row) -> {
			targets.put(row.getLong(1), row.getInt(2));
		});
		return targets;
	}

	private List<Progress> progress(List<StaffSummary> counsellors, long providerId, int year) {
		Set<Long> ids = new HashSet<>();
		counsellors.forEach(s -> ids.add(s.id()));
		Map<Long, Integer> sessionMinutes = sessionMinutes(ids, year, providerId);
		Map<Long, Integer> workingGroupMinutes = workingGroupMinutes(ids, year);
		int target = targetHours(providerId);
		int expected = expectedMinutes(target, year);
		return counsellors.stream()
			.map(s -> new Progress(s.id(), s.displayName(), sessionMinutes.getOrDefault(s.id(), 0),
					workingGroupMinutes.getOrDefault(s.id(), 0), target, expected))
			.toList();
	}

	private Map<Long, Integer> minutesOf(Collection<Long> accountIds, int year, @Nullable Long providerId) {
		Map<Long, Integer> total = new HashMap<>(sessionMinutes(accountIds, year, providerId));
		workingGroupMinutes(accountIds, year).forEach((id, minutes) -> total.merge(id, minutes, Integer::sum));
		return total;
	}

	private Map<Long, Integer> sessionMinutes(Collection<Long> accountIds, int year, @Nullable Long providerId) {
		Map<Long, Integer> minutes = new HashMap<>();
		if (accountIds.isEmpty()) {
			return minutes;
		}
		String sql = """
				select p.account_id, sum(s.duration_minutes) from supervision_session s
				join supervision_participant p on p.session_id = s.id
				where s.held_on between ? and ? and p.account_id = any (?)"""
				+ ((providerId != null) ? " and s.provider_id = " + providerId : "") + " group by p.account_id";
		jdbc.query(sql, row -> {
			minutes.put(row.getLong(1), row.getInt(2));
		}, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), accountIds.toArray(Long[]::new));
		return minutes;
	}

	private Map<Long, Integer> workingGroupMinutes(Collection<Long> accountIds, int year) {
		Map<Long, Integer> minutes = new HashMap<>();
		for (Attendance attendance : meetings.workingGroupAttendance(accountIds, start(LocalDate.of(year, 1, 1)),
				start(LocalDate.of(year + 1, 1, 1)))) {
			minutes.merge(attendance.accountId(), attendance.minutes(), Integer::sum);
		}
		return minutes;
	}

	/**
	 * The target pro rata up to today for the running year; all of it for past years,
	 * nothing for future ones.
	 */
	private int expectedMinutes(int targetHours, int year) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		if (year < today.getYear()) {
			return targetHours * 60;
		}
		if (year > today.getYear()) {
			return 0;
		}
		return (int) ((long) targetHours * 60 * today.getDayOfYear() / today.lengthOfYear());
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

	private SessionItem item(SupervisionSession session, Map<Long, String> names) {
		return new SessionItem(session.id(), session.kind(), session.heldOn(), session.durationMinutes(),
				participantNames(session, names));
	}

	private static List<String> participantNames(SupervisionSession session, Map<Long, String> names) {
		return session.participants()
			.stream()
			.map(id -> names.getOrDefault(id, ""))
			.sorted(java.text.Collator.getInstance(Locale.GERMAN))
			.toList();
	}

	private Map<Long, String> names(long providerId) {
		return accounts.staffNames(providerId);
	}

	private Set<Long> staffIds(long providerId) {
		Set<Long> ids = new HashSet<>();
		accounts.activeStaffOf(providerId).forEach(s -> ids.add(s.id()));
		return ids;
	}

	private static long requireStaff(PortalUser user) {
		if (!user.hasRole(Role.COUNSELLOR) && !user.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
		return user.requireProviderId();
	}

	private static long requireLeitung(PortalUser user) {
		if (!user.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
		return user.requireProviderId();
	}

}
