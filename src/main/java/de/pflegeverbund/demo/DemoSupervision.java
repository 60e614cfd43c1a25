package de.pflegeverbund.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.supervision.SessionData;
import de.pflegeverbund.supervision.SupervisionKind;
import de.pflegeverbund.supervision.SupervisionManagement;
import net.datafaker.Faker;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo supervision: team supervision of all counsellors of a Träger every other month and
 * a few individual and case supervisions each, so that some counsellors are on track and
 * some behind.
 */
@Component
@Profile("demo")
class DemoSupervision {

	private static final List<String> SUPERVISORS = List.of("Dipl.-Psych. R. Albers", "M. Sc. K. Brandt",
			"Supervision Westfalen, S. Ott");

	private final SupervisionManagement supervision;

	private final Clock clock;

	DemoSupervision(SupervisionManagement supervision, Clock clock) {
		this.supervision = supervision;
		this.clock = clock;
	}

	/**
	 * @return how many sessions were recorded
	 */
	int create(PortalUser admin, List<Long> counsellors, Faker faker) {
		LocalDate today = LocalDate.now(clock);
		LocalDate first = today.withDayOfYear(1);
		long days = ChronoUnit.DAYS.between(first, today);
		int count = 0;
		for (LocalDate day = first.plusDays(20); !day.isAfter(today); day = day.plusMonths(2)) {
			supervision.record(admin,
					new SessionData(SupervisionKind.TEAM, day, 120, SUPERVISORS.get(0), null,
							new HashSet<>(counsellors), Set.of(), "Rollenklärung im Team; Umgang mit Krisenanrufen",
							"Vertretungsregel für Bereitschaftspflege bis zum nächsten Termin klären"));
			count++;
		}
		for (Long counsellor : counsellors) {
			int sessions = faker.random().nextInt(0, 6);
			for (int s = 0; s < sessions && days > 0; s++) {
				LocalDate day = first.plusDays(faker.random().nextLong(days + 1));
				boolean individual = faker.random().nextBoolean();
				supervision.record(admin,
						new SessionData(individual ? SupervisionKind.INDIVIDUAL : SupervisionKind.CASE, day,
								individual ? 60 : 90, SUPERVISORS.get(1 + faker.random().nextInt(2)), null,
								Set.of(counsellor), Set.of(),
								individual ? "Eigene Belastung, Abgrenzung"
										: "Fallbesprechung: Besuchskontakte mit Herkunftseltern",
								"Nächster Schritt im Hilfeplangespräch ansprechen"));
				count++;
			}
		}
		return count;
	}

}
