package de.pflegeverbund.meeting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * External professionals register for public events with double opt-in, get the calendar
 * file, cancel by link and move up from the waiting list; bad input and too many
 * registrations are refused.
 */
class ExternalRegistrationTests extends PortalIntegrationTest {

	private static final Pattern LINK = Pattern.compile("/veranstaltungen/anmeldung/([A-Za-z0-9_-]+)");

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	MeetingManagement meetings;

	long publicMeeting(Integer capacity) {
		Instant start = Instant.now().plus(12, ChronoUnit.DAYS);
		PortalUser coordinator = (PortalUser) userDetailsService.loadUserByUsername(COORDINATOR);
		return meetings.create(coordinator,
				new MeetingData(MeetingKind.COOPERATION_MEETING, unique("Kooperationstreffen"), start,
						start.plus(3, ChronoUnit.HOURS), "Dortmund, Rathaus", null, "Vorstellungsrunde",
						Audience.PUBLIC, capacity, null));
	}

	MvcTestResult register(long meeting, String email, String client) {
		return mvc.post().uri("/veranstaltungen/" + meeting + "/anmeldung").with(csrf()).with(request -> {
			request.setRemoteAddr(client);
			return request;
		})
			.param("firstName", "Jana")
			.param("lastName", "Köhler")
			.param("email", email)
			.param("institution", "Jugendamt Hamm")
			.param("institutionSeat", "Hamm")
			.param("position", "Pflegekinderdienst")
			.exchange();
	}

	static String client() {
		return "203.0.113." + CLIENTS.getAndIncrement();
	}

	String tokenFromMail(String address) throws Exception {
		List<MimeMessage> mails = mailsTo(address);
		Object content = mails.get(mails.size() - 1).getContent();
		String text = (content instanceof String s) ? s : (String) ((Multipart) content).getBodyPart(0).getContent();
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

	@Test
	void doubleOptInConfirmsWithACalendarFile() throws Exception {
		long id = publicMeeting(10);
		String email = uniqueEmail("extern");

		assertThat(register(id, email, client())).redirectedUrl().isEqualTo("/veranstaltungen/" + id);
		assertThat(meetings.find(null, id).confirmed()).isZero();
		String token = tokenFromMail(email);
		assertThat(mvc.get().uri("/veranstaltungen/anmeldung/" + token)).hasStatusOk()
			.bodyText()
			.contains("noch nicht bestätigt", "Jana Köhler");

		assertThat(mvc.post().uri("/veranstaltungen/anmeldung/" + token + "/bestaetigen").with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(meetings.find(null, id).confirmed()).isEqualTo(1);
		MimeMessage confirmation = mailsTo(email).get(mailsTo(email).size() - 1);
		Multipart parts = (Multipart) confirmation.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
		String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:meeting-" + id + "@", "Kooperationstreffen");
		assertThat(mvc.post().uri("/veranstaltungen/anmeldung/" + token + "/bestaetigen").with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(meetings.find(null, id).confirmed()).isEqualTo(1);
	}

	@Test
	void cancellationByLinkLetsTheWaitingListMoveUp() throws Exception {
		long id = publicMeeting(1);
		String first = uniqueEmail("erste");
		String second = uniqueEmail("zweite");
		register(id, first, client());
		String firstToken = tokenFromMail(first);
		mvc.post().uri("/veranstaltungen/anmeldung/" + firstToken + "/bestaetigen").with(csrf()).exchange();
		register(id, second, client());
		String secondToken = tokenFromMail(second);
		mvc.post().uri("/veranstaltungen/anmeldung/" + secondToken + "/bestaetigen").with(csrf()).exchange();
		assertThat(meetings.registration(secondToken).status()).isEqualTo(RegistrationStatus.WAITING);

		assertThat(mvc.post().uri("/veranstaltungen/anmeldung/" + firstToken + "/abmelden").with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(meetings.registration(firstToken).status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(meetings.registration(secondToken).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(mailsTo(second).stream().anyMatch(mail -> {
			try {
				return mail.getSubject().startsWith("Ein Platz ist frei geworden");
			}
			catch (Exception ex) {
				return false;
			}
		})).isTrue();
	}

	@Test
	void badInputGetsMessagesAndStoresNothing() {
		long id = publicMeeting(null);
		MvcTestResult result = mvc.post().uri("/veranstaltungen/" + id + "/anmeldung").with(csrf()).with(request -> {
			request.setRemoteAddr(client());
			return request;
		})
			.param("firstName", "<script>alert(1)</script>")
			.param("lastName", "")
			.param("email", "keine-adresse")
			.param("institution", "")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Bitte verwenden Sie nur Buchstaben", "Bitte geben Sie einen Nachnamen an",
					"gültige E-Mail-Adresse", "Bitte geben Sie Ihre Einrichtung an",
					"value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
		assertThat(
				jdbc.queryForObject("select count(*) from meeting_registration where meeting_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void publicRegistrationIsRateLimited() {
		long id = publicMeeting(null);
		String client = client();
		for (int i = 0; i < 5; i++) {
			register(id, uniqueEmail("viele"), client);
		}

		MvcTestResult result = register(id, uniqueEmail("zuviel"), client);

		assertThat(result).hasStatus(429);
		assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(result).bodyText().contains("sehr viele Anmeldungen");
	}

	@Test
	void onlyPublicMeetingsTakeExternalRegistrationsAndUnknownLinksAnswer404() {
		Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
		long staffMeeting = meetings.create((PortalUser) userDetailsService.loadUserByUsername(COORDINATOR),
				new MeetingData(MeetingKind.WORKING_GROUP, unique("Intern"), start, start.plus(1, ChronoUnit.HOURS),
						"Münster", null, null, Audience.STAFF, null, null));

		assertThat(register(staffMeeting, uniqueEmail("intern"), client())).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + staffMeeting + "/kalender.ics")).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/anmeldung/gibt-es-nicht")).hasStatus(404);
		assertThat(mvc.post().uri("/veranstaltungen/anmeldung/gibt-es-nicht/abmelden").with(csrf())).hasStatus(404);
	}

	@Test
	void calendarDownloadForVisibleMeetings() {
		long id = publicMeeting(null);

		MvcTestResult ics = mvc.get().uri("/veranstaltungen/" + id + "/kalender.ics").exchange();

		assertThat(ics).hasStatusOk();
		assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(ics).bodyText().contains("BEGIN:VCALENDAR", "DTSTART", "LOCATION:Dortmund\\, Rathaus");
	}

}
