package de.pflegeverbund.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.inquiry.ChildAge;
import de.pflegeverbund.inquiry.ContactTime;
import de.pflegeverbund.inquiry.InquiryData;
import de.pflegeverbund.inquiry.InquiryManagement;
import de.pflegeverbund.inquiry.InquiryStatus;
import net.datafaker.Faker;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo inquiries: for every Träger some in each step of the pipeline, received over the
 * last months, a few closed recently; and a few from places no Träger covers, waiting in
 * the state office's inbox.
 */
@Component
@Profile("demo")
class DemoInquiries {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final List<InquiryStatus> PIPELINE = List.of(InquiryStatus.NEW, InquiryStatus.CONTACTED,
			InquiryStatus.INFO_EVENT, InquiryStatus.ASSESSMENT, InquiryStatus.PREPARATION, InquiryStatus.SUITABLE);

	private static final List<String> NOTES = List.of("Erstgespräch telefonisch geführt, sehr motiviert.",
			"Zur Infoveranstaltung im nächsten Monat eingeladen.", "Unterlagen für die Eignungsprüfung verschickt.",
			"Hausbesuch vereinbart.", "Rückruf erbeten, vormittags am besten erreichbar.");

	private final InquiryManagement inquiries;

	private final Clock clock;

	DemoInquiries(InquiryManagement inquiries, Clock clock) {
		this.inquiries = inquiries;
		this.clock = clock;
	}

	/**
	 * Creates the inquiries of one Träger.
	 * @return how many
	 */
	int createDemoInquiries(PortalUser admin, List<String> serviceAreas, String seat, List<Long> counsellors,
			Faker faker) {
		int count = 6 + faker.random().nextInt(6);
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		for (int i = 0; i < count; i++) {
			String prefix = serviceAreas.get(i % serviceAreas.size());
			int daysAgo = 3 + faker.random().nextInt(140);
			long id = inquiries.importReceived(data(faker, postalCode(prefix, faker), seat),
					UUID.nameUUIDFromBytes(("demo-" + admin.providerId() + "-" + i).getBytes()),
					today.minusDays(daysAgo).atTime(9 + faker.random().nextInt(9), 0).atZone(ZONE).toInstant());
			int steps = i % PIPELINE.size();
			LocalDate on = today.minusDays(daysAgo);
			if (steps > 0) {
				inquiries.assign(admin, id, counsellors.get(i % counsellors.size()));
			}
			for (int step = 1; step <= steps; step++) {
				on = on.plusDays(Math.max(1, (today.toEpochDay() - on.toEpochDay()) / (steps - step + 2)));
				inquiries.changeStatus(admin, id, PIPELINE.get(step), on, null);
			}
			if (steps > 0) {
				inquiries.addNote(admin, id, NOTES.get(i % NOTES.size()));
			}
			if (i % 7 == 6 && steps < PIPELINE.size() - 1) {
				inquiries.changeStatus(admin, id, (i % 2 == 0) ? InquiryStatus.WITHDRAWN : InquiryStatus.DECLINED,
						on.isBefore(today) ? on.plusDays(1) : today, null);
			}
		}
		return count;
	}

	/**
	 * Creates inquiries from places outside every service area.
	 */
	int createInboxInquiries(Faker faker) {
		List<String[]> places = List.of(new String[] { "50667", "Köln" }, new String[] { "53111", "Bonn" },
				new String[] { "47051", "Duisburg" });
		Instant now = clock.instant();
		for (int i = 0; i < places.size(); i++) {
			String[] place = places.get(i);
			inquiries.importReceived(data(faker, place[0], place[1]),
					UUID.nameUUIDFromBytes(("demo-inbox-" + i).getBytes()), now.minus(i + 1L, ChronoUnit.DAYS));
		}
		return places.size();
	}

	private static InquiryData data(Faker faker, String postalCode, String city) {
		String lastName = faker.name().lastName();
		boolean couple = faker.random().nextInt(3) > 0;
		int year = LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear();
		InquiryData.Applicant applicant = new InquiryData.Applicant(faker.name().firstName(), lastName,
				year - 28 - faker.random().nextInt(25));
		InquiryData.Applicant partner = couple
				? new InquiryData.Applicant(faker.name().firstName(), lastName, year - 28 - faker.random().nextInt(25))
				: null;
		int children = faker.random().nextInt(3);
		Set<CareType> careTypes = EnumSet.noneOf(CareType.class);
		CareType[] all = CareType.values();
		if (faker.random().nextInt(4) > 0) {
			careTypes.add(all[faker.random().nextInt(all.length)]);
		}
		String email = applicant.firstName().toLowerCase().replaceAll("[^a-z]", "") + "."
				+ lastName.toLowerCase().replaceAll("[^a-z]", "") + "@beispiel-mail.example";
		return new InquiryData(applicant, partner, email,
				"0" + (200 + faker.random().nextInt(700)) + " " + (100000 + faker.random().nextInt(899999)), postalCode,
				city, couple ? 2 : 1, children, (children > 0) ? String.valueOf(3 + faker.random().nextInt(12)) : null,
				careTypes, ChildAge.values()[faker.random().nextInt(ChildAge.values().length)],
				Qualification.values()[faker.random().nextInt(Qualification.values().length)],
				"Wir haben Erfahrung mit Kindern aus Familie und Ehrenamt.",
				ContactTime.values()[faker.random().nextInt(ContactTime.values().length)],
				"Wir möchten uns gern unverbindlich informieren.");
	}

	private static String postalCode(String prefix, Faker faker) {
		StringBuilder code = new StringBuilder(prefix);
		while (code.length() < 5) {
			code.append(faker.random().nextInt(10));
		}
		return code.toString();
	}

}
