package de.pflegeverbund.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.assignment.AssignmentKind;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.CarePermit;
import de.pflegeverbund.family.HouseholdData;
import de.pflegeverbund.family.PlacementEndReason;
import de.pflegeverbund.family.Qualification;
import net.datafaker.Faker;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo families of one Träger: 15 to 40 families in every status, placements of every
 * care type, certificates (some overdue), primary counsellors, co-counsellors and
 * substitutes.
 */
@Component
@Profile("demo")
class DemoFamilies {

	private static final List<String> OFFICES = List.of("Jugendamt der Stadt Münster", "Jugendamt Dortmund",
			"Kreisjugendamt Soest", "Jugendamt Bielefeld", "Jugendamt Gelsenkirchen", "Kreisjugendamt Paderborn",
			"Jugendamt Hamm", "Kreisjugendamt Unna");

	private final FamilyManagement families;

	private final Clock clock;

	DemoFamilies(FamilyManagement families, Clock clock) {
		this.families = families;
		this.clock = clock;
	}

	/**
	 * Creates the families of one Träger; the first counsellor gets the first six
	 * families.
	 * @return the number of families created
	 */
	int createDemoFamilies(PortalUser admin, List<String> serviceAreas, String seat, List<Long> counsellors,
			Faker faker) {
		LocalDate today = LocalDate.now(clock);
		int count = 15 + faker.random().nextInt(26);
		CareType[] careTypes = CareType.values();
		for (int f = 0; f < count; f++) {
			String lastName = faker.name().lastName();
			CareType main = careTypes[f % careTypes.length];
			Set<CareType> offered = EnumSet.of(main);
			if (faker.random().nextInt(3) == 0) {
				offered.add(careTypes[faker.random().nextInt(careTypes.length)]);
			}
			int places = 1 + faker.random().nextInt(3);
			List<HouseholdData.AdultData> adults = new ArrayList<>();
			adults.add(adult(faker, lastName));
			if (faker.random().nextInt(4) > 0) {
				adults.add(adult(faker, lastName));
			}
			String prefix = serviceAreas.get(faker.random().nextInt(serviceAreas.size()));
			String postalCode = prefix + faker.number().digits(5 - prefix.length());
			boolean kinship = main == CareType.KINSHIP;
			HouseholdData data = new HouseholdData("Familie " + lastName,
					faker.address().streetName() + " " + (1 + faker.random().nextInt(120)), postalCode, seat, null,
					null, offered, places, faker.random().nextInt(3), null,
					kinship ? CarePermit.EXEMPT : CarePermit.GRANTED,
					kinship ? null : today.minusDays(200 + faker.random().nextInt(2000)),
					kinship ? "Verwandtenpflege bis zum dritten Grad (§ 44 Abs. 1 Nr. 3 SGB VIII)" : null, adults);
			long counsellor = (f < 6) ? counsellors.get(0) : counsellors.get(f % counsellors.size());
			long id = families.create(admin, data, counsellor);

			for (long adultId : families.adultIds(admin, id)) {
				LocalDate certificateDate = today.minusDays(30 + faker.random().nextInt(5 * 365 + 60));
				families.recordCertificate(admin, id, adultId, certificateDate.plusDays(7), certificateDate, false);
			}
			int stage = f % 10;
			if (stage == 0) {
				continue; // stays in Prüfung
			}
			LocalDate suitable = today.minusDays(400 + faker.random().nextInt(1500));
			families.changeStatus(admin, id, FamilyStatus.SUITABLE, suitable, null);
			if (stage == 1) {
				continue;
			}
			families.changeStatus(admin, id, FamilyStatus.AVAILABLE, suitable.plusDays(30), null);
			if (stage == 2) {
				continue;
			}
			LocalDate placed = suitable.plusDays(60 + faker.random().nextInt(200));
			String alias = initials(faker);
			int birthYear = placed.getYear() - faker.random().nextInt(14);
			long placement = families.addPlacement(admin, id, alias, birthYear, main,
					OFFICES.get(faker.random().nextInt(OFFICES.size())), placed);
			if (stage == 3) {
				PlacementEndReason reason = PlacementEndReason.values()[faker.random()
					.nextInt(PlacementEndReason.values().length)];
				families.endPlacement(admin, id, placement, placed.plusDays(90), reason);
				if (f % 20 == 3) {
					families.changeStatus(admin, id, FamilyStatus.ENDED, placed.plusDays(100), null);
				}
				continue;
			}
			families.changeStatus(admin, id, FamilyStatus.OCCUPIED, placed, null);
			if (stage == 4 && places > 1) {
				families.addPlacement(admin, id, initials(faker), Math.min(birthYear + 2, placed.getYear()), main,
						OFFICES.get(faker.random().nextInt(OFFICES.size())), placed.plusDays(120));
			}
			if (stage == 5 && counsellors.size() > 1) {
				families.assignAdditional(admin, id, counsellors.get((f + 1) % counsellors.size()), AssignmentKind.CO,
						placed, null);
			}
			if (stage == 6 && counsellors.size() > 2) {
				families.assignAdditional(admin, id, counsellors.get((f + 2) % counsellors.size()),
						AssignmentKind.SUBSTITUTE, today.minusDays(7), today.plusDays(21));
			}
			if (stage == 7) {
				families.changeStatus(admin, id, FamilyStatus.PAUSED, today.minusDays(20), "Elternzeit");
			}
		}
		return count;
	}

	private static HouseholdData.AdultData adult(Faker faker, String lastName) {
		Qualification[] qualifications = Qualification.values();
		return new HouseholdData.AdultData(faker.name().firstName() + " " + lastName, 1965 + faker.random().nextInt(30),
				qualifications[faker.random().nextInt(qualifications.length)], faker.job().title());
	}

	private static String initials(Faker faker) {
		return faker.name().firstName().charAt(0) + ". " + faker.name().lastName().charAt(0) + ".";
	}

}
