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

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo meetings: past and upcoming Netzwerktreffen, Arbeitskreise, an online seminar and
 * a family event of Träger 1, with staff registrations.
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
		meetings.create(coordinator,
				meeting(MeetingKind.NETWORK_MEETING, "Netzwerktreffen Frühjahr", today.minusDays(60),
						"Münster, Landeshaus, Freiherr-vom-Stein-Platz 1", Audience.STAFF, null,
						"1. Begrüßung\n2. Berichte aus den Arbeitskreisen\n3. Kinderschutz in der Pflegekinderhilfe"));
		meetings.create(lead1,
				meeting(MeetingKind.WORKING_GROUP, "Arbeitskreis Bereitschaftspflege", today.minusDays(20),
						"Münster, Geschäftsstelle", Audience.STAFF, 15, "Fallbesprechungen (anonymisiert)"));
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
		return 6;
	}

	private static MeetingData meeting(MeetingKind kind, String title, LocalDate day, String place, Audience audience,
			Integer capacity, String agenda) {
		return new MeetingData(kind, title, at(day, 10), at(day, 13), place, null, agenda, audience, capacity, null);
	}

	private static java.time.Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
	}

}
