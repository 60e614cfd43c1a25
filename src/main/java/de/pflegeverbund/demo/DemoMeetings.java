package de.pflegeverbund.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.meeting.Audience;
import de.pflegeverbund.meeting.MeetingData;
import de.pflegeverbund.meeting.MeetingKind;
import de.pflegeverbund.meeting.MeetingManagement;
import de.pflegeverbund.meeting.SeriesRhythm;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo meetings: past and upcoming Netzwerktreffen, a quarterly Arbeitskreis series, an
 * online seminar, a public Kooperationstreffen and a family event of Träger 1; the past
 * ones with attendance and published minutes, the upcoming ones with staff registrations.
 */
@Component
@Profile("demo")
class DemoMeetings {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final MeetingManagement meetings;

	private final Clock clock;

	DemoMeetings(MeetingManagement meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * @return how many meetings were created
	 */
	int create(PortalUser coordinator, PortalUser lead1, List<PortalUser> staff) {
		LocalDate today = LocalDate.now(clock);
		long spring = meetings.create(coordinator,
				meeting(MeetingKind.NETWORK_MEETING, "Netzwerktreffen Frühjahr", today.minusDays(60),
						"Münster, Landeshaus, Freiherr-vom-Stein-Platz 1", Audience.STAFF, null,
						"1. Begrüßung\n2. Berichte aus den Arbeitskreisen\n3. Kinderschutz in der Pflegekinderhilfe"));
		long workingGroup = meetings.createSeries(lead1,
				meeting(MeetingKind.WORKING_GROUP, "Arbeitskreis Bereitschaftspflege", today.minusDays(20),
						"Münster, Geschäftsstelle", Audience.STAFF, 15, "Fallbesprechungen (anonymisiert)"),
				SeriesRhythm.QUARTERLY, 4);
		for (PortalUser member : staff) {
			meetings.addAttendee(coordinator, spring, member);
			meetings.addAttendee(lead1, workingGroup, member);
		}
		meetings.saveMinutes(coordinator, spring, SPRING_MINUTES, true);
		meetings.saveMinutes(lead1, workingGroup, WORKING_GROUP_MINUTES, true);
		long network = meetings.create(coordinator,
				meeting(MeetingKind.NETWORK_MEETING, "Netzwerktreffen Herbst", today.plusDays(21),
						"Dortmund, Stadthaus, Südwall 2", Audience.STAFF, 40,
						"1. Begrüßung\n2. Neue Qualitätsstandards\n3. Austausch in Kleingruppen"));
		long seminar = meetings.create(coordinator,
				new MeetingData(MeetingKind.ONLINE_SEMINAR, "Online-Seminar: Biografiearbeit mit Pflegekindern",
						at(today.plusDays(9), 18), at(today.plusDays(9), 20), null,
						"https://konferenz.lja.example/biografiearbeit", "Impuls und Fragen aus der Praxis",
						Audience.STAFF, 25, today.plusDays(7)));
		meetings.create(coordinator,
				meeting(MeetingKind.COOPERATION_MEETING, "Kooperationstreffen mit Jugendämtern und freien Trägern",
						today.plusDays(35), "Bielefeld, Neues Rathaus", Audience.PUBLIC, 60,
						"Zusammenarbeit bei Hilfeplangesprächen"));
		meetings.create(lead1, meeting(MeetingKind.FAMILY_EVENT, "Sommerfest für Pflegefamilien", today.plusDays(28),
				"Münster, Aasee-Wiese am Kiepenkerl", Audience.FAMILIES, null, "Spiele, Grillen, Austausch"));
		for (PortalUser member : staff) {
			meetings.register(member, network);
			meetings.register(member, seminar);
		}
		return 9;
	}

	private static final String SPRING_MINUTES = """
			# Protokoll Netzwerktreffen Frühjahr

			**Anwesend:** siehe Anwesenheitsliste

			## 1. Begrüßung
			Die Koordination begrüßt die Fachberatungen der Träger.

			## 2. Berichte aus den Arbeitskreisen
			- Arbeitskreis Bereitschaftspflege: Leitfaden für Übergänge in Dauerpflege liegt im Entwurf vor.
			- Arbeitskreis Verwandtenpflege: Bedarf an Schulungen zu Besuchskontakten.

			## 3. Kinderschutz in der Pflegekinderhilfe
			Verfahren nach § 8a SGB VIII im Portal vorgestellt; Rückfragen an die Koordination.

			**Nächstes Treffen:** Netzwerktreffen Herbst.
			""";

	private static final String WORKING_GROUP_MINUTES = """
			# Protokoll Arbeitskreis Bereitschaftspflege

			- Zwei Fallbesprechungen (anonymisiert, Pseudonyme)
			- Vereinbarung: Checkliste für die ersten 48 Stunden einer Aufnahme bis zum nächsten Termin
			""";

	private static MeetingData meeting(MeetingKind kind, String title, LocalDate day, String place, Audience audience,
			Integer capacity, String agenda) {
		return new MeetingData(kind, title, at(day, 10), at(day, 13), place, null, agenda, audience, capacity, null);
	}

	private static java.time.Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
	}

}
