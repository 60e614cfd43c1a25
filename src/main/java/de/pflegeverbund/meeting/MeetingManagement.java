package de.pflegeverbund.meeting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting module's API. Who sees a meeting depends on its audience: public events
 * everybody, staff events the network's staff, family events the families of the
 * organising Träger (all families for the state office's events) and the organisers; for
 * everybody else a meeting does not exist (404).
 */
@Service
public class MeetingManagement {

	private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Berlin");

	private final NetworkMeetings meetings;

	private final MeetingRegistrations registrations;

	private final MeetingMails mails;

	private final MeetingCalendar calendar;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	MeetingManagement(NetworkMeetings meetings, MeetingRegistrations registrations, MeetingMails mails,
			MeetingCalendar calendar, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.mails = mails;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Creates a meeting: the coordinator for the network, a Leitung for its Träger.
	 */
	@Transactional
	public long create(PortalUser user, MeetingData data) {
		return meetings.save(new NetworkMeeting(organiserOf(user), data, user.id())).id();
	}

	/**
	 * Creates the dates of a series at once, one per rhythm step, each with the
	 * registration deadline moved by the same steps; the series can be changed date by
	 * date afterwards.
	 * @param occurrences how many dates, 2 to 12 (1 with {@link SeriesRhythm#NONE})
	 * @return the id of the first date
	 */
	@Transactional
	public long createSeries(PortalUser user, MeetingData first, SeriesRhythm rhythm, int occurrences) {
		if (rhythm == SeriesRhythm.NONE) {
			return create(user, first);
		}
		if (occurrences < 2 || occurrences > 12) {
			throw new IllegalArgumentException("a series has 2 to 12 dates");
		}
		Long organiser = organiserOf(user);
		java.util.UUID seriesKey = java.util.UUID.randomUUID();
		long firstId = -1;
		for (int step = 0; step < occurrences; step++) {
			int months = step * rhythm.months();
			MeetingData data = new MeetingData(first.kind(), first.title(), plusMonths(first.startsAt(), months),
					plusMonths(first.endsAt(), months), first.place(), first.onlineLink(), first.agenda(),
					first.audience(), first.capacity(),
					(first.registrationDeadline() != null) ? first.registrationDeadline().plusMonths(months) : null);
			long id = meetings.save(NetworkMeeting.inSeries(organiser, data, user.id(), seriesKey)).id();
			if (step == 0) {
				firstId = id;
			}
		}
		return firstId;
	}

	/**
	 * Plans the follow-up of a meeting, by its organiser.
	 */
	@Transactional
	public long createFollowUp(PortalUser user, long previousId, MeetingData data) {
		NetworkMeeting previous = meetings.findById(previousId)
			.filter(m -> organises(user, m))
			.orElseThrow(NotFoundException::new);
		return meetings.save(NetworkMeeting.followUp(previous, data, user.id())).id();
	}

	/**
	 * What the organiser's form for a follow-up starts from: the meeting as it was.
	 */
	@Transactional(readOnly = true)
	public MeetingView forOrganiser(PortalUser user, long id) {
		return meetings.findById(id)
			.filter(m -> organises(user, m))
			.map(this::view)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Changes a meeting. Everybody registered (with a place or waiting) is mailed when
	 * the time, place or online link changed, with the updated calendar file. More places
	 * let the waiting list move up.
	 * @param expectedVersion the version the organiser started from
	 * @throws MeetingException when someone else changed the meeting in between, fewer
	 * places than confirmed registrations are asked for, the audience of a meeting with
	 * registrations is to change, or the meeting is over or called off
	 */
	@Transactional
	public void update(PortalUser user, long id, long expectedVersion, MeetingData data) {
		NetworkMeeting meeting = meetings.lock(id).filter(m -> organises(user, m)).orElseThrow(NotFoundException::new);
		if (meeting.version() != expectedVersion) {
			throw new MeetingException("meeting.edit.conflict");
		}
		long confirmed = registrations.countByMeetingIdAndStatus(id, RegistrationStatus.CONFIRMED);
		if (data.capacity() != null && data.capacity() < confirmed) {
			throw new MeetingException("capacity", "meeting.edit.capacityBelowConfirmed");
		}
		List<MeetingRegistration> registered = registrations.findByMeetingIdAndStatusIn(id,
				EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.UNCONFIRMED));
		if (data.audience() != meeting.audience() && !registered.isEmpty()) {
			throw new MeetingException("audience", "meeting.edit.audienceLocked");
		}
		boolean material = meeting.change(data, clock.instant());
		meetings.flush();
		List<MeetingRegistration> movedUp = new ArrayList<>();
		for (MeetingRegistration waiting : registrations.findByMeetingIdAndStatusOrderByRegisteredAtAscIdAsc(id,
				RegistrationStatus.WAITING)) {
			if (data.capacity() != null && confirmed >= data.capacity()) {
				break;
			}
			waiting.moveUp();
			movedUp.add(waiting);
			confirmed++;
		}
		registrations.flush();
		MeetingView view = view(meeting);
		for (MeetingRegistration registration : registered) {
			if (movedUp.contains(registration)) {
				mails.movedUp(registration.email(), view);
			}
			else if (material && registration.status() != RegistrationStatus.UNCONFIRMED) {
				mails.changed(registration.email(), view);
			}
		}
	}

	/**
	 * The meetings linked to this one that the viewer may see: the one it follows up, its
	 * follow-ups and the other dates of its series.
	 */
	@Transactional(readOnly = true)
	public List<RelatedMeeting> related(@Nullable PortalUser viewer, long id) {
		NetworkMeeting meeting = meetings.findById(id)
			.filter(m -> maySee(viewer, m))
			.orElseThrow(NotFoundException::new);
		List<RelatedMeeting> result = new ArrayList<>();
		if (meeting.followUpOf() != null) {
			meetings.findById(meeting.followUpOf())
				.filter(m -> maySee(viewer, m))
				.ifPresent(m -> result.add(related(m, "PREVIOUS")));
		}
		meetings.findByFollowUpOfOrderByStartsAt(id)
			.stream()
			.filter(m -> maySee(viewer, m))
			.forEach(m -> result.add(related(m, "FOLLOW_UP")));
		if (meeting.seriesKey() != null) {
			meetings.findBySeriesKeyOrderByStartsAt(meeting.seriesKey())
				.stream()
				.filter(m -> m.id() != id && result.stream().noneMatch(r -> r.id() == m.id()))
				.filter(m -> maySee(viewer, m))
				.forEach(m -> result.add(related(m, "SERIES")));
		}
		return result;
	}

	private static RelatedMeeting related(NetworkMeeting meeting, String relation) {
		MeetingView view = meeting.toView(0, 0);
		return new RelatedMeeting(view.id(), view.title(), view.startsAt(), view.cancelled(), relation);
	}

	private static Instant plusMonths(Instant instant, int months) {
		return instant.atZone(ZONE).plusMonths(months).toInstant();
	}

	private static @Nullable Long organiserOf(PortalUser user) {
		if (user.hasRole(Role.COORDINATOR)) {
			return null;
		}
		if (user.hasRole(Role.PROVIDER_ADMIN)) {
			return user.requireProviderId();
		}
		throw new NotFoundException();
	}

	/**
	 * Recorded attendances of the given accounts at Arbeitskreise (kind
	 * {@link MeetingKind#WORKING_GROUP}) that began in the period and were not called
	 * off, for the supervision records.
	 */
	@Transactional(readOnly = true)
	public List<Attendance> workingGroupAttendance(java.util.Collection<Long> accountIds, Instant from, Instant to) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return registrations.findAttendance(accountIds, MeetingKind.WORKING_GROUP, from, to)
			.stream()
			.map(row -> new Attendance((Long) row[0], (Long) row[1], (String) row[2], (Instant) row[3],
					(int) java.time.Duration.between((Instant) row[3], (Instant) row[4]).toMinutes()))
			.toList();
	}

	/**
	 * The meetings not yet over that the viewer may see, soonest first.
	 * @param viewer {@code null} for a visitor without account
	 */
	@Transactional(readOnly = true)
	public List<MeetingView> upcoming(@Nullable PortalUser viewer) {
		List<MeetingView> result = new ArrayList<>();
		for (NetworkMeeting meeting : meetings.findUpcoming(clock.instant(), audiences(viewer))) {
			if (maySee(viewer, meeting)) {
				result.add(view(meeting));
			}
		}
		return result;
	}

	@Transactional(readOnly = true)
	public MeetingView find(@Nullable PortalUser viewer, long id) {
		NetworkMeeting meeting = meetings.findById(id)
			.filter(m -> maySee(viewer, m))
			.orElseThrow(NotFoundException::new);
		return view(meeting);
	}

	/**
	 * The status of the user's own registration, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<RegistrationStatus> registrationOf(PortalUser user, long id) {
		return registrations.findByMeetingIdAndAccountIdAndStatusNot(id, user.id(), RegistrationStatus.CANCELLED)
			.map(MeetingRegistration::status);
	}

	/**
	 * Registers a member of staff or a foster family (for the events it may see) with one
	 * click: a place if one is free, else the waiting list. Registrations of one meeting
	 * are counted under a lock on the meeting, so simultaneous registrations never
	 * overbook it.
	 * @throws MeetingException when registration is closed or the user is registered
	 * already
	 */
	@Transactional
	public RegistrationStatus register(PortalUser user, long id) {
		if (!isStaff(user) && !user.hasRole(Role.FAMILY)) {
			throw new NotFoundException();
		}
		NetworkMeeting meeting = meetings.lock(id).filter(m -> maySee(user, m)).orElseThrow(NotFoundException::new);
		if (!meeting.isOpenForRegistration(LocalDate.now(clock.withZone(ZONE)), clock.instant())) {
			throw new MeetingException("meeting.register.closed");
		}
		if (registrations.findByMeetingIdAndAccountIdAndStatusNot(id, user.id(), RegistrationStatus.CANCELLED)
			.isPresent()) {
			throw new MeetingException("meeting.register.already");
		}
		boolean placeFree = meeting.capacity() == null
				|| registrations.countByMeetingIdAndStatus(id, RegistrationStatus.CONFIRMED) < meeting.capacity();
		return registrations
			.save(MeetingRegistration.ofStaff(id, user.id(), user.email(), placeFree, hash(newToken()),
					clock.instant()))
			.status();
	}

	/**
	 * Registers an external professional for a public meeting. The registration holds no
	 * place until the address is confirmed through the link mailed to it (double opt-in).
	 * Registering the same address again sends a fresh link to the existing registration.
	 */
	@Transactional
	public void registerExternal(long id, ExternalRegistration data) {
		NetworkMeeting meeting = meetings.findById(id)
			.filter(m -> m.audience() == Audience.PUBLIC)
			.orElseThrow(NotFoundException::new);
		if (!meeting.isOpenForRegistration(LocalDate.now(clock.withZone(ZONE)), clock.instant())) {
			throw new MeetingException("meeting.register.closed");
		}
		String token = newToken();
		Optional<MeetingRegistration> existing = registrations.findActiveByEmail(id, data.email());
		if (existing.isPresent()) {
			existing.get().replaceToken(hash(token));
		}
		else {
			registrations.save(MeetingRegistration.ofExternal(id, data, hash(token), clock.instant()));
		}
		mails.optIn(data.email(), view(meeting), token);
	}

	/**
	 * The registration behind a link, with its meeting.
	 */
	@Transactional(readOnly = true)
	public RegistrationView registration(String token) {
		MeetingRegistration registration = byToken(token);
		return new RegistrationView(registration.displayName(), registration.status(),
				view(meetings.findById(registration.meetingId()).orElseThrow(NotFoundException::new)));
	}

	/**
	 * Confirms the address of an external registration: a place if one is free, else the
	 * waiting list; the confirmation mail carries the calendar file.
	 */
	@Transactional
	public RegistrationStatus confirm(String token) {
		MeetingRegistration registration = byToken(token);
		NetworkMeeting meeting = meetings.lock(registration.meetingId()).orElseThrow(NotFoundException::new);
		if (registration.status() == RegistrationStatus.UNCONFIRMED) {
			boolean placeFree = meeting.capacity() == null || registrations.countByMeetingIdAndStatus(meeting.id(),
					RegistrationStatus.CONFIRMED) < meeting.capacity();
			registration.confirm(placeFree, clock.instant());
			registrations.flush();
			mails.status(registration.email(), view(meeting), registration.status(), token);
		}
		return registration.status();
	}

	/**
	 * Cancels a registration through its link; the first on the waiting list moves up and
	 * is told by mail.
	 */
	@Transactional
	public void cancel(String token) {
		MeetingRegistration registration = byToken(token);
		NetworkMeeting meeting = meetings.lock(registration.meetingId()).orElseThrow(NotFoundException::new);
		cancel(meeting, registration);
	}

	/**
	 * Whether the user organises the meeting: the coordinator the state office's
	 * meetings, a Leitung those of its Träger.
	 */
	@Transactional(readOnly = true)
	public boolean isOrganiser(@Nullable PortalUser user, long id) {
		return user != null && meetings.findById(id).map(meeting -> organises(user, meeting)).orElse(false);
	}

	/**
	 * Calls a meeting off; everybody registered (with a place or waiting) is told by
	 * mail, with a calendar file that removes the entry.
	 */
	@Transactional
	public void cancelMeeting(PortalUser user, long id) {
		NetworkMeeting meeting = meetings.lock(id).filter(m -> organises(user, m)).orElseThrow(NotFoundException::new);
		meeting.cancel(clock.instant());
		meetings.flush();
		MeetingView view = view(meeting);
		registrations
			.findByMeetingIdAndStatusIn(id, EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING))
			.forEach(registration -> mails.cancelled(registration.email(), view));
	}

	/**
	 * Everybody with a place, for the attendance list; only the organiser sees it.
	 */
	@Transactional(readOnly = true)
	public List<AttendeeView> attendees(PortalUser user, long id) {
		meetings.findById(id).filter(m -> organises(user, m)).orElseThrow(NotFoundException::new);
		return registrations.findByMeetingIdAndStatusIn(id, EnumSet.of(RegistrationStatus.CONFIRMED))
			.stream()
			.map(r -> new AttendeeView(r.id(), r.displayName(), r.institution(), r.attended()))
			.toList();
	}

	/**
	 * Records who attended (the others did not), once the meeting has begun.
	 */
	@Transactional
	public void recordAttendance(PortalUser user, long id, Set<Long> present) {
		NetworkMeeting meeting = meetings.lock(id).filter(m -> organises(user, m)).orElseThrow(NotFoundException::new);
		if (!meeting.hasBegun(clock.instant())) {
			throw new MeetingException("meeting.minutes.tooEarly");
		}
		registrations.findByMeetingIdAndStatusIn(id, EnumSet.of(RegistrationStatus.CONFIRMED))
			.forEach(r -> r.markAttended(present.contains(r.id())));
	}

	/**
	 * Puts somebody of the network who took part without registering on the attendance
	 * list of a meeting that has begun (by its organiser).
	 */
	@Transactional
	public void addAttendee(PortalUser organiser, long id, PortalUser attendee) {
		NetworkMeeting meeting = meetings.lock(id)
			.filter(m -> organises(organiser, m))
			.orElseThrow(NotFoundException::new);
		if (!meeting.hasBegun(clock.instant())) {
			throw new MeetingException("meeting.minutes.tooEarly");
		}
		MeetingRegistration registration = registrations
			.findByMeetingIdAndAccountIdAndStatusNot(id, attendee.id(), RegistrationStatus.CANCELLED)
			.orElseGet(() -> registrations.save(MeetingRegistration.ofStaff(id, attendee.id(), attendee.email(), true,
					hash(newToken()), clock.instant())));
		registration.moveUp();
		registration.markAttended(true);
	}

	/**
	 * Saves the minutes (Markdown); publishing them mails the attendees a link.
	 */
	@Transactional
	public void saveMinutes(PortalUser user, long id, String text, boolean publish) {
		saveMinutes(user, id, text, publish, null);
	}

	/**
	 * Saves the minutes unless the meeting changed since the organiser opened them.
	 * @param expectedVersion the meeting's version when the minutes were opened, or
	 * {@code null} to save whatever happened meanwhile
	 * @throws MeetingException {@code meeting.minutes.conflict} if somebody saved in
	 * between
	 */
	@Transactional
	public void saveMinutes(PortalUser user, long id, String text, boolean publish, @Nullable Long expectedVersion) {
		NetworkMeeting meeting = meetings.lock(id).filter(m -> organises(user, m)).orElseThrow(NotFoundException::new);
		if (expectedVersion != null && meeting.version() != expectedVersion) {
			throw new MeetingException("text", "meeting.minutes.conflict");
		}
		boolean wasPublished = meeting.minutesPublished();
		meeting.writeMinutes(text, publish, clock.instant());
		if (publish && !wasPublished) {
			MeetingView view = view(meeting);
			registrations.findByMeetingIdAndStatusIn(id, EnumSet.of(RegistrationStatus.CONFIRMED))
				.stream()
				.filter(MeetingRegistration::attended)
				.forEach(r -> mails.minutesPublished(r.email(), view, text));
		}
	}

	/**
	 * The minutes as sanitised HTML for the organiser (also unpublished) and, once
	 * published, for staff who attended.
	 */
	@Transactional(readOnly = true)
	public Optional<String> minutes(@Nullable PortalUser user, long id) {
		if (user == null) {
			return Optional.empty();
		}
		NetworkMeeting meeting = meetings.findById(id).filter(m -> maySee(user, m)).orElseThrow(NotFoundException::new);
		if (meeting.minutes() == null) {
			return Optional.empty();
		}
		boolean attended = registrations
			.findByMeetingIdAndAccountIdAndStatusNot(id, user.id(), RegistrationStatus.CANCELLED)
			.map(MeetingRegistration::attended)
			.orElse(false);
		if (organises(user, meeting) || (meeting.minutesPublished() && attended)) {
			return Optional.of(Minutes.toHtml(meeting.minutes()));
		}
		return Optional.empty();
	}

	/**
	 * The Markdown source of the minutes, for the organiser's editor.
	 */
	@Transactional(readOnly = true)
	public String minutesSource(PortalUser user, long id) {
		NetworkMeeting meeting = meetings.findById(id)
			.filter(m -> organises(user, m))
			.orElseThrow(NotFoundException::new);
		return (meeting.minutes() != null) ? meeting.minutes() : "";
	}

	private static boolean organises(PortalUser user, NetworkMeeting meeting) {
		return (user.hasRole(Role.COORDINATOR) && meeting.organiserProviderId() == null)
				|| (user.hasRole(Role.PROVIDER_ADMIN)
						&& Objects.equals(meeting.organiserProviderId(), user.providerId()));
	}

	/**
	 * The meeting as a calendar file, for everybody who may see it.
	 */
	@Transactional(readOnly = true)
	public byte[] calendar(@Nullable PortalUser viewer, long id) {
		return calendar.ics(find(viewer, id));
	}

	private MeetingRegistration byToken(String token) {
		if (token.length() > 100) {
			throw new NotFoundException();
		}
		return registrations.findByTokenHash(hash(token)).orElseThrow(NotFoundException::new);
	}

	private void cancel(NetworkMeeting meeting, MeetingRegistration registration) {
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return;
		}
		boolean hadPlace = registration.status() == RegistrationStatus.CONFIRMED;
		registration.cancel(clock.instant());
		if (hadPlace && meeting.capacity() != null) {
			registrations.flush();
			registrations.findByMeetingIdAndStatusOrderByRegisteredAtAscIdAsc(meeting.id(), RegistrationStatus.WAITING)
				.stream()
				.findFirst()
				.ifPresent(next -> {
					next.moveUp();
					registrations.flush();
					mails.movedUp(next.email(), view(meeting));
				});
		}
	}

	/**
	 * Cancels the user's own registration; the first on the waiting list moves up.
	 */
	@Transactional
	public void cancel(PortalUser user, long id) {
		NetworkMeeting meeting = meetings.lock(id).filter(m -> maySee(user, m)).orElseThrow(NotFoundException::new);
		MeetingRegistration registration = registrations
			.findByMeetingIdAndAccountIdAndStatusNot(id, user.id(), RegistrationStatus.CANCELLED)
			.orElseThrow(() -> new MeetingException("meeting.cancel.notRegistered"));
		cancel(meeting, registration);
	}

	private MeetingView view(NetworkMeeting meeting) {
		return meeting.toView(registrations.countByMeetingIdAndStatus(meeting.id(), RegistrationStatus.CONFIRMED),
				registrations.countByMeetingIdAndStatus(meeting.id(), RegistrationStatus.WAITING));
	}

	private static Set<Audience> audiences(@Nullable PortalUser viewer) {
		if (viewer == null) {
			return EnumSet.of(Audience.PUBLIC);
		}
		return viewer.hasRole(Role.FAMILY) ? EnumSet.of(Audience.PUBLIC, Audience.FAMILIES)
				: EnumSet.allOf(Audience.class);
	}

	/**
	 * Public events: everybody. Staff events: the network's staff. Family events: the
	 * families of the organising Träger (all families for the state office's events) and
	 * the organisers.
	 */
	private static boolean maySee(@Nullable PortalUser viewer, NetworkMeeting meeting) {
		return switch (meeting.audience()) {
			case PUBLIC -> true;
			case STAFF -> viewer != null && isStaff(viewer);
			case FAMILIES -> viewer != null && ((viewer.hasRole(Role.FAMILY) && (meeting.organiserProviderId() == null
					|| Objects.equals(meeting.organiserProviderId(), viewer.providerId())))
					|| (viewer.hasRole(Role.COORDINATOR) && meeting.organiserProviderId() == null)
					|| (isStaff(viewer) && !viewer.hasRole(Role.COORDINATOR)
							&& Objects.equals(meeting.organiserProviderId(), viewer.providerId())));
		};
	}

	private static boolean isStaff(PortalUser user) {
		return user.hasRole(Role.COORDINATOR) || user.hasRole(Role.PROVIDER_ADMIN) || user.hasRole(Role.COUNSELLOR);
	}

	private String newToken() {
		byte[] token = new byte[32];
		random.nextBytes(token);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	private static String hash(String token) {
		return Sha256.hex(token);
	}

}
