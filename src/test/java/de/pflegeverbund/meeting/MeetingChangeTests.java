package de.pflegeverbund.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.support.PortalIntegrationTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Series, follow-ups and changes of meetings; families registering for their events; the
 * erasure of registrations that are no longer needed.
 */
class MeetingChangeTests extends PortalIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@Autowired
	MeetingManagement meetings;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RegistrationErasures erasures;

	PortalUser user(String email) {
		return (PortalUser) userDetailsService.loadUserByUsername(email);
	}

	long meeting(String organiser, Audience audience, Integer capacity) {
		Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		return meetings.create(user(organiser),
				new MeetingData(MeetingKind.WORKING_GROUP, unique("Arbeitskreis"), start,
						start.plus(2, ChronoUnit.HOURS), "LWL-Haus, Raum 2", null, "1. Begrüßung", audience, capacity,
						null));
	}

	@Test
	void aQuarterlySeriesCreatesEveryDateAtTheSameLocalTimeAndLinksThem() {
		String title = unique("Arbeitskreis Verwandtenpflege");
		LocalDate first = today().plusDays(20);
		MvcTestResult bad = mvc.post()
			.uri("/leitung/veranstaltungen/neu")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("kind", "WORKING_GROUP")
			.param("title", title)
			.param("date", first.toString())
			.param("startTime", "09:30")
			.param("endTime", "12:00")
			.param("place", "Geschäftsstelle")
			.param("audience", "STAFF")
			.param("repeat", "QUARTERLY")
			.param("occurrences", "13")
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText().contains("2 bis 12 Termine", "value=\"" + title + "\"");
		assertThat(jdbc.queryForObject("select count(*) from network_meeting where title = ?", Long.class, title))
			.isZero();

		MvcTestResult created = mvc.post()
			.uri("/leitung/veranstaltungen/neu")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("kind", "WORKING_GROUP")
			.param("title", title)
			.param("date", first.toString())
			.param("startTime", "09:30")
			.param("endTime", "12:00")
			.param("place", "Geschäftsstelle")
			.param("audience", "STAFF")
			.param("repeat", "QUARTERLY")
			.param("occurrences", "4")
			.param("registrationDeadline", first.minusDays(3).toString())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		List<java.util.Map<String, Object>> dates = jdbc.queryForList(
				"select id, starts_at, registration_deadline, series_key from network_meeting where title = ? order by starts_at",
				title);
		assertThat(dates).hasSize(4);
		assertThat(dates.stream().map(row -> row.get("series_key")).distinct()).hasSize(1).doesNotContainNull();
		for (int i = 0; i < 4; i++) {
			var startsAt = ((java.sql.Timestamp) dates.get(i).get("starts_at")).toInstant().atZone(ZONE);
			assertThat(startsAt.toLocalDate()).isEqualTo(first.plusMonths(3L * i));
			assertThat(startsAt.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 30));
			assertThat(((java.sql.Date) dates.get(i).get("registration_deadline")).toLocalDate())
				.isEqualTo(first.minusDays(3).plusMonths(3L * i));
		}
		long firstId = ((Number) dates.get(0).get("id")).longValue();
		assertThat(created).redirectedUrl().isEqualTo("/veranstaltungen/" + firstId);
		assertThat(mvc.get().uri("/veranstaltungen/" + firstId).with(as(COUNSELLOR_2))).bodyText()
			.contains("Weiterer Termin der Reihe",
					first.plusMonths(9).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
	}

	@Test
	void theOrganiserPlansAFollowUpWhichBothMeetingsLinkTo() {
		long id = meeting(ADMIN_1, Audience.STAFF, 10);
		assertThat(mvc.get().uri("/veranstaltungen/" + id + "/folgetreffen").with(as(COUNSELLOR_1))).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + id + "/folgetreffen").with(as(COORDINATOR))).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + id + "/folgetreffen").with(as(ADMIN_1))).hasStatusOk()
			.bodyText()
			.contains("Folgetreffen planen", "LWL-Haus, Raum 2");

		String title = unique("Arbeitskreis, zweites Treffen");
		MvcTestResult created = mvc.post()
			.uri("/veranstaltungen/" + id + "/folgetreffen")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("kind", "WORKING_GROUP")
			.param("title", title)
			.param("date", today().plusDays(60).toString())
			.param("startTime", "10:00")
			.param("endTime", "12:00")
			.param("place", "LWL-Haus, Raum 2")
			.param("audience", "STAFF")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		long followUp = jdbc.queryForObject("select id from network_meeting where title = ?", Long.class, title);
		assertThat(jdbc.queryForObject("select follow_up_of from network_meeting where id = ?", Long.class, followUp))
			.isEqualTo(id);
		assertThat(mvc.get().uri("/veranstaltungen/" + id).with(as(COUNSELLOR_2))).bodyText()
			.contains("Folgetreffen", title);
		assertThat(mvc.get().uri("/veranstaltungen/" + followUp).with(as(COUNSELLOR_2))).bodyText()
			.contains("Folgetreffen von");
	}

	@Test
	void changingTheTimeMailsEveryoneRegisteredWithANewerCalendarEntry() throws Exception {
		long id = meeting(COORDINATOR, Audience.STAFF, 1);
		meetings.register(user(COUNSELLOR_1), id);
		meetings.register(user(COUNSELLOR_2), id);
		MeetingView before = meetings.find(user(COORDINATOR), id);
		LocalDate newDate = today().plusDays(12);

		assertThat(mvc.get().uri("/veranstaltungen/" + id + "/bearbeiten").with(as(ADMIN_1))).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + id + "/bearbeiten").with(as(COUNSELLOR_1))).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + id + "/bearbeiten").with(as(COORDINATOR))).hasStatusOk()
			.bodyText()
			.contains(before.title(), "name=\"version\"");

		MvcTestResult tooSmall = change(id, before, newDate, "16:00", "0");
		assertThat(tooSmall).bodyText().contains("Zahl von 1 bis 9999");
		MvcTestResult changed = change(id, before, newDate, "16:00", "2");
		assertThat(changed).hasStatus3xxRedirection();
		assertThat(changed).flash().containsEntry("success", "meeting.flash.changed");

		MeetingView after = meetings.find(user(COORDINATOR), id);
		assertThat(after.startsAt().atZone(ZONE).toLocalDate()).isEqualTo(newDate);
		assertThat(after.confirmed()).isEqualTo(2);
		MimeMessage toFirst = last(mailsTo(COUNSELLOR_1), "Geändert");
		assertThat(text(toFirst))
			.contains(newDate.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ", 16:00");
		String ics = new String(((Multipart) toFirst.getContent()).getBodyPart(1).getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(ics).contains("UID:meeting-" + id + "@", "SEQUENCE:" + after.version());
		assertThat(after.version()).isGreaterThan(before.version());
		assertThat(last(mailsTo(COUNSELLOR_2), "Ein Platz ist frei geworden").getSubject()).contains(before.title());

		MvcTestResult stale = change(id, before, newDate, "17:00", "2");
		assertThat(stale).hasStatusOk();
		assertThat(stale).bodyText()
			.contains("Jemand anderes hat die Veranstaltung inzwischen geändert", "value=\"17:00\"");
		MvcTestResult fewer = change(id, after, newDate, "16:00", "1");
		assertThat(fewer).bodyText().contains("bereits mehr Personen einen Platz");
		assertThat(meetings.find(user(COORDINATOR), id).capacity()).isEqualTo(2);
	}

	@Test
	void theAudienceOfAMeetingWithRegistrationsStays() {
		long id = meeting(ADMIN_1, Audience.STAFF, null);
		meetings.register(user(COUNSELLOR_1), id);
		MeetingView meeting = meetings.find(user(ADMIN_1), id);
		MvcTestResult result = mvc.post()
			.uri("/veranstaltungen/" + id + "/bearbeiten")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("kind", "WORKING_GROUP")
			.param("title", meeting.title())
			.param("date", meeting.startsAt().atZone(ZONE).toLocalDate().toString())
			.param("startTime", "10:00")
			.param("endTime", "11:00")
			.param("place", "LWL-Haus")
			.param("audience", "PUBLIC")
			.param("version", Long.toString(meeting.version()))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("lässt sich nicht mehr ändern");
		assertThat(meetings.find(user(ADMIN_1), id).audience()).isEqualTo(Audience.STAFF);
	}

	@Test
	void familiesRegisterForTheirFamilyEventsWithOneClick() {
		long id = meeting(ADMIN_1, Audience.FAMILIES, 30);
		assertThat(mvc.get().uri("/veranstaltungen/" + id).with(as(FAMILY_1))).bodyText()
			.contains("Verbindlich anmelden");
		assertThat(mvc.post().uri("/veranstaltungen/" + id + "/anmelden").with(as(FAMILY_1)).with(csrf())).flash()
			.containsEntry("success", "meeting.flash.registered");
		assertThat(meetings.registrationOf(user(FAMILY_1), id)).contains(RegistrationStatus.CONFIRMED);
		assertThat(meetings.attendees(user(ADMIN_1), id)).extracting(AttendeeView::name).contains(FAMILY_1);
		long staffOnly = meeting(ADMIN_1, Audience.STAFF, 30);
		assertThat(mvc.post().uri("/veranstaltungen/" + staffOnly + "/anmelden").with(as(FAMILY_1)).with(csrf()))
			.hasStatus(404);
	}

	@Test
	void unconfirmedAndOldExternalRegistrationsAreErased() {
		long id = meeting(COORDINATOR, Audience.PUBLIC, null);
		meetings.registerExternal(id,
				new ExternalRegistration("Rita", "Alt", uniqueEmail("alt"), "Jugendamt Kleve", null, null));
		meetings.registerExternal(id,
				new ExternalRegistration("Nora", "Neu", uniqueEmail("neu"), "Jugendamt Kleve", null, null));
		meetings.register(user(COUNSELLOR_1), id);
		jdbc.update("""
				update meeting_registration set registered_at = now() - interval '8 days'
				where meeting_id = ? and last_name = 'Alt'""", id);

		erasures.eraseStale();

		assertThat(
				jdbc.queryForList("select last_name from meeting_registration where meeting_id = ?", String.class, id))
			.containsExactlyInAnyOrder("Neu", null);

		jdbc.update(
				"""
						update network_meeting set starts_at = now() - interval '400 days', ends_at = now() - interval '399 days'
						where id = ?""",
				id);
		erasures.eraseStale();
		assertThat(jdbc.queryForObject(
				"select count(*) from meeting_registration where meeting_id = ? and account_id is null", Long.class,
				id))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from meeting_registration where meeting_id = ? and account_id is not null", Long.class,
				id))
			.isEqualTo(1);
	}

	private MvcTestResult change(long id, MeetingView meeting, LocalDate date, String start, String capacity) {
		return mvc.post()
			.uri("/veranstaltungen/" + id + "/bearbeiten")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("kind", meeting.kind().name())
			.param("title", meeting.title())
			.param("date", date.toString())
			.param("startTime", start)
			.param("endTime", "18:00")
			.param("place", "Münster, Landeshaus")
			.param("audience", meeting.audience().name())
			.param("capacity", capacity)
			.param("version", Long.toString(meeting.version()))
			.exchange();
	}

	private static String text(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		StringBuilder text = new StringBuilder();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
		}
		return text.toString();
	}

	private static MimeMessage last(List<MimeMessage> mails, String subjectStart) throws Exception {
		MimeMessage found = null;
		for (MimeMessage mail : mails) {
			if (mail.getSubject().startsWith(subjectStart)) {
				found = mail;
			}
		}
		assertThat(found).as("a mail starting with " + subjectStart).isNotNull();
		return found;
	}

}
