package de.pflegeverbund.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Meetings: creation with checked input, visibility by audience, one-click registration
 * with capacity and waiting list, also under simultaneous registrations.
 */
class MeetingTests extends PortalIntegrationTest {

	@Autowired
	MeetingManagement meetings;

	@Autowired
	AccountManagement accounts;

	PortalUser user(String email) {
		return (PortalUser) userDetailsService.loadUserByUsername(email);
	}

	long meeting(String organiser, Audience audience, Integer capacity) {
		Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
		return meetings.create(user(organiser),
				new MeetingData(MeetingKind.WORKING_GROUP, unique("Arbeitskreis"), start,
						start.plus(2, ChronoUnit.HOURS), "LWL-Haus, Raum 2", null, "1. Begrüßung", audience, capacity,
						null));
	}

	@Test
	void coordinatorCreatesAMeetingWithCheckedInput() {
		String date = today().plusDays(30).toString();
		MvcTestResult bad = mvc.post()
			.uri("/koordination/veranstaltungen/neu")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("kind", "NETWORK_MEETING")
			.param("title", "Netzwerktreffen <script>")
			.param("date", today().minusDays(1).toString())
			.param("startTime", "14:00")
			.param("endTime", "13:00")
			.param("place", "")
			.param("onlineLink", "javascript:alert(1)")
			.param("audience", "PUBLIC")
			.param("capacity", "0")
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText()
			.contains("nicht in der Vergangenheit", "Ende muss nach dem Beginn", "mit https:// beginnt",
					"Zahl von 1 bis 9999", "value=\"Netzwerktreffen &lt;script&gt;\"")
			.doesNotContain("Netzwerktreffen <script>");

		String title = unique("Netzwerktreffen Westfalen");
		MvcTestResult created = mvc.post()
			.uri("/koordination/veranstaltungen/neu")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("kind", "NETWORK_MEETING")
			.param("title", title)
			.param("date", date)
			.param("startTime", "14:00")
			.param("endTime", "16:30")
			.param("place", "Münster, Warendorfer Straße 25")
			.param("audience", "PUBLIC")
			.param("capacity", "40")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/veranstaltungen")).hasStatusOk().bodyText().contains(title);
		assertThat(mvc.get().uri(created.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains(title, "40 Plätze, davon 40 frei");
	}

	@Test
	void everybodySeesOnlyTheMeetingsOfTheirAudience() {
		long staffMeeting = meeting(COORDINATOR, Audience.STAFF, null);
		long familyEvent = meeting(ADMIN_1, Audience.FAMILIES, null);

		assertThat(mvc.get().uri("/veranstaltungen/" + staffMeeting)).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + staffMeeting).with(as(FAMILY_1))).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + staffMeeting).with(as(COUNSELLOR_2))).hasStatusOk();
		assertThat(mvc.get().uri("/veranstaltungen/" + familyEvent).with(as(FAMILY_1))).hasStatusOk();
		assertThat(mvc.get().uri("/veranstaltungen/" + familyEvent).with(as(COUNSELLOR_1))).hasStatusOk();
		assertThat(mvc.get().uri("/veranstaltungen/" + familyEvent).with(as(COUNSELLOR_2))).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + familyEvent)).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/999999")).hasStatus(404);
	}

	@Test
	void creatingIsForCoordinatorAndLeitungOnly() {
		assertThat(mvc.get().uri("/koordination/veranstaltungen/neu").with(as(COORDINATOR))).hasStatusOk();
		assertThat(mvc.get().uri("/leitung/veranstaltungen/neu").with(as(ADMIN_1))).hasStatusOk();
		assertThat(mvc.get().uri("/koordination/veranstaltungen/neu").with(as(ADMIN_1))).hasStatus(403);
		assertThat(mvc.get().uri("/leitung/veranstaltungen/neu").with(as(COUNSELLOR_1))).hasStatus(403);
		assertThat(mvc.get().uri("/leitung/veranstaltungen/neu").with(as(FAMILY_1))).hasStatus(403);
		assertThat(mvc.get().uri("/leitung/veranstaltungen/neu")).hasStatus(302);
		assertThat(mvc.post().uri("/veranstaltungen/1/anmelden").with(csrf())).redirectedUrl().isEqualTo("/login");
	}

	@Test
	void waitingListMovesUpWhenSomebodyCancels() {
		long id = meeting(COORDINATOR, Audience.STAFF, 1);

		assertThat(mvc.post().uri("/veranstaltungen/" + id + "/anmelden").with(as(COUNSELLOR_1)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(meetings.register(user(COUNSELLOR_2), id)).isEqualTo(RegistrationStatus.WAITING);
		assertThat(mvc.post().uri("/veranstaltungen/" + id + "/anmelden").with(as(COUNSELLOR_1)).with(csrf())).flash()
			.containsEntry("failure", "meeting.register.already");

		meetings.cancel(user(COUNSELLOR_1), id);

		assertThat(meetings.registrationOf(user(COUNSELLOR_2), id)).contains(RegistrationStatus.CONFIRMED);
		assertThat(meetings.find(user(COUNSELLOR_2), id).confirmed()).isEqualTo(1);
	}

	@Test
	void organiserCallsAMeetingOffAndEverybodyRegisteredIsTold() throws Exception {
		long id = meeting(COORDINATOR, Audience.STAFF, 5);
		meetings.register(user(COUNSELLOR_1), id);

		assertThat(mvc.post().uri("/veranstaltungen/" + id + "/absagen").with(as(ADMIN_1)).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri("/veranstaltungen/" + id + "/absagen").with(as(COUNSELLOR_1)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.post().uri("/veranstaltungen/" + id + "/absagen").with(as(COORDINATOR)).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(meetings.find(user(COUNSELLOR_1), id).cancelled()).isTrue();
		var mails = mailsTo(COUNSELLOR_1);
		assertThat(mails).isNotEmpty();
		var mail = mails.get(mails.size() - 1);
		assertThat(mail.getSubject()).startsWith("Abgesagt");
		String ics = new String(
				((jakarta.mail.Multipart) mail.getContent()).getBodyPart(1).getInputStream().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).contains("STATUS:CANCELLED");
		assertThat(mvc.post().uri("/veranstaltungen/" + id + "/anmelden").with(as(COUNSELLOR_2)).with(csrf())).flash()
			.containsEntry("failure", "meeting.register.closed");
	}

	@Test
	void organiserRecordsAttendanceAndPublishesSanitisedMinutesToTheAttendees() throws Exception {
		long id = meeting(COORDINATOR, Audience.STAFF, null);
		meetings.register(user(COUNSELLOR_1), id);
		meetings.register(user(COUNSELLOR_2), id);
		assertThat(mvc.post().uri("/veranstaltungen/" + id + "/teilnahme").with(as(COORDINATOR)).with(csrf())).flash()
			.containsEntry("failure", "meeting.minutes.tooEarly");
		jdbc.update(
				"update network_meeting set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour'"
						+ " where id = ?",
				id);
		long present = jdbc
			.queryForObject("select r.id from meeting_registration r join user_account a on a.id = r.account_id"
					+ " where r.meeting_id = ? and a.email = ?", Long.class, id, COUNSELLOR_1);

		assertThat(mvc.get().uri("/veranstaltungen/" + id + "/protokoll").with(as(ADMIN_1))).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + id + "/protokoll").with(as(COORDINATOR))).hasStatusOk();
		assertThat(mvc.post()
			.uri("/veranstaltungen/" + id + "/teilnahme")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("present", String.valueOf(present))).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/veranstaltungen/" + id + "/teilnahme")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("stand", "0123456789abcdef")) // a list opened before the save above
			.bodyText()
			.as("a list ticked before the last save overwrites nothing")
			.contains("Jemand hat die Teilnahmeliste inzwischen gespeichert");
		assertThat(
				jdbc.queryForObject("select attended from meeting_registration where id = ?", Boolean.class, present))
			.isTrue();
		assertThat(mvc.post()
			.uri("/veranstaltungen/" + id + "/protokoll")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("text", "# Ergebnisse\n\n- Punkt eins\n\n<script>alert(1)</script>\n\n[Klick](javascript:alert(1))")
			.param("publish", "true")).hasStatus3xxRedirection();

		String attendee = mvc.get()
			.uri("/veranstaltungen/" + id)
			.with(as(COUNSELLOR_1))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(attendee).contains("<h1>Ergebnisse</h1>", "<li>Punkt eins</li>", "&lt;script&gt;")
			.doesNotContain("<script>alert", "javascript:");
		assertThat(mvc.get().uri("/veranstaltungen/" + id).with(as(COUNSELLOR_2))).bodyText()
			.doesNotContain("Ergebnisse");
		long version = jdbc.queryForObject("select version from network_meeting where id = ?", Long.class, id);
		assertThat(mvc.post()
			.uri("/veranstaltungen/" + id + "/protokoll")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("text", "Fassung aus einem Fenster, das vor dem letzten Speichern geöffnet wurde")
			.param("version", Long.toString(version - 1))).bodyText()
			.as("minutes opened before the last save overwrite nothing; the typed text stays")
			.contains("Jemand hat die Veranstaltung oder das Protokoll inzwischen gespeichert",
					"Fassung aus einem Fenster");
		assertThat(jdbc.queryForObject("select minutes from network_meeting where id = ?", String.class, id))
			.startsWith("# Ergebnisse");
		assertThat(mailsTo(COUNSELLOR_1).stream().anyMatch(mail -> {
			try {
				return mail.getSubject().startsWith("Protokoll");
			}
			catch (Exception ex) {
				return false;
			}
		})).isTrue();
		assertThat(mailsTo(COUNSELLOR_2).stream().noneMatch(mail -> {
			try {
				return mail.getSubject().startsWith("Protokoll");
			}
			catch (Exception ex) {
				return false;
			}
		})).isTrue();
	}

	@Test
	void fiftySimultaneousRegistrationsForTwentyPlacesGiveTwentyConfirmedAndThirtyWaiting() throws Exception {
		long id = meeting(COORDINATOR, Audience.STAFF, 20);
		long providerId = providerIdOf(ADMIN_1);
		List<PortalUser> staff = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String email = uniqueEmail("andrang");
			accounts.provision(email, "Fachkraft " + i, Role.COUNSELLOR, providerId, "ein langes Andrang-Passwort");
			staff.add(user(email));
		}
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<RegistrationStatus>> results = new ArrayList<>();
		for (PortalUser member : staff) {
			results.add(pool.submit(() -> {
				start.await();
				return meetings.register(member, id);
			}));
		}
		start.countDown();
		long confirmed = 0;
		long waiting = 0;
		for (Future<RegistrationStatus> result : results) {
			RegistrationStatus status = result.get();
			confirmed += (status == RegistrationStatus.CONFIRMED) ? 1 : 0;
			waiting += (status == RegistrationStatus.WAITING) ? 1 : 0;
		}
		pool.shutdown();

		assertThat(confirmed).isEqualTo(20);
		assertThat(waiting).isEqualTo(30);
		assertThat(jdbc.queryForObject(
				"select count(*) from meeting_registration where meeting_id = ? and status = 'CONFIRMED'", Long.class,
				id))
			.isEqualTo(20);
	}

}
