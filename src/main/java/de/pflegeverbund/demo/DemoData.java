package de.pflegeverbund.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.cooperation.CooperationData;
import de.pflegeverbund.cooperation.CooperationManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.visit.VisitManagement;
import net.datafaker.Faker;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with a realistic demo network. Does nothing when Träger exist
 * already. The names are made up (Datafaker, German, fixed seed), so every run gives the
 * same network.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoData.class);

	private static final List<ProviderData> PROVIDERS = List.of(
			provider("Pflegekinderdienst Westfalen-Mitte e. V.", "Münster", "0251 4839200", "480", "481", "482"),
			provider("Diakonie Ruhr-Hellweg – Pflegefamilien gGmbH", "Dortmund", "0231 5590410", "44", "583"),
			provider("Caritas Familienhilfe Ostwestfalen", "Bielefeld", "0521 9617730", "336", "337", "338"),
			provider("Pflegefamilien im Sauerland e. V.", "Arnsberg", "02931 78120", "597", "598", "599"),
			provider("Perspektive Kind gGmbH", "Gelsenkirchen", "0209 3619980", "458", "459", "457"),
			provider("Evangelische Jugendhilfe Hochstift", "Paderborn", "05251 290070", "330", "331"));

	private final ProviderManagement providers;

	private final AccountManagement accounts;

	private final DemoFamilies families;

	private final DemoInquiries inquiries;

	private final DemoMeetings meetings;

	private final CooperationManagement cooperations;

	private final DemoSupervision supervision;

	private final DemoPortal portal;

	private final VisitManagement visits;

	private final String password;

	DemoData(ProviderManagement providers, AccountManagement accounts, DemoFamilies families, DemoInquiries inquiries,
			DemoMeetings meetings, CooperationManagement cooperations, DemoSupervision supervision, DemoPortal portal,
			VisitManagement visits, @Value("${portal.demo.password}") String password) {
		this.providers = providers;
		this.accounts = accounts;
		this.families = families;
		this.inquiries = inquiries;
		this.meetings = meetings;
		this.cooperations = cooperations;
		this.supervision = supervision;
		this.portal = portal;
		this.visits = visits;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (providers.count() > 0) {
			return;
		}
		Faker faker = new Faker(Locale.GERMAN, new Random(2026));
		long coordinatorId = accounts.provision("koordination@lja.example", "Koordination Landesjugendamt",
				Role.COORDINATOR, null, password);
		PortalUser lead1 = null;
		List<PortalUser> staff1 = new ArrayList<>();
		int familyCount = 0;
		int inquiryCount = 0;
		int sessionCount = 0;
		int visitCount = 0;
		for (int i = 0; i < PROVIDERS.size(); i++) {
			int number = i + 1;
			String domain = "traeger" + number + ".example";
			ProviderData data = PROVIDERS.get(i);
			long providerId = providers.create(new ProviderData(data.name(), data.seat(), "kontakt@" + domain,
					data.contactPhone(), data.serviceAreas()));
			Person lead = (number == 1) ? new Person(fullName(faker), "leitung@traeger1.example")
					: person(faker, domain);
			long leadId = accounts.provision(lead.email(), lead.name(), Role.PROVIDER_ADMIN, providerId, password);
			long familyAccount = -1;
			if (number == 1) {
				familyAccount = accounts.provision("familie@traeger1.example", "Familie " + faker.name().lastName(),
						Role.FAMILY, providerId, password);
			}
			List<Long> counsellors = new ArrayList<>();
			if (number <= 2) {
				counsellors.add(accounts.provision("fachberatung@" + domain, fullName(faker), Role.COUNSELLOR,
						providerId, password));
			}
			int more = 3 + faker.random().nextInt(4);
			for (int c = 0; c < more; c++) {
				Person person = person(faker, domain);
				counsellors
					.add(accounts.provision(person.email(), person.name(), Role.COUNSELLOR, providerId, password));
			}
			PortalUser admin = new PortalUser(leadId, lead.email(), lead.name(), Role.PROVIDER_ADMIN, providerId, null,
					true);
			if (number == 1) {
				lead1 = admin;
				staff1.add(admin);
			}
			familyCount += families.createDemoFamilies(admin, data.serviceAreas(), data.seat(), counsellors, faker);
			visitCount += visits.createDemoContacts(admin);
			if (familyAccount > 0) {
				portal.linkDemoFamily(admin, familyAccount);
			}
			inquiryCount += inquiries.createDemoInquiries(admin, data.serviceAreas(), data.seat(), counsellors, faker);
			sessionCount += supervision.create(admin, counsellors, faker);
		}
		inquiryCount += inquiries.createInboxInquiries(faker);
		int meetingCount = meetings.create(new PortalUser(coordinatorId, "koordination@lja.example",
				"Koordination Landesjugendamt", Role.COORDINATOR, null, null, true), lead1, staff1);
		cooperations
			.submit(new CooperationData("Kinder- und Jugendhilfe Niederrhein e. V.", "Wesel", List.of("4648", "4649"),
					"Vollzeitpflege, ambulante Hilfen", "Jana Beispiel", "kontakt@jugendhilfe-niederrhein.example",
					"0281 123456", "Wir suchen den Austausch mit anderen Trägern und möchten im Verbund mitarbeiten."));
		cooperations.submit(new CooperationData("Familienwerk Lippe gGmbH", "Detmold", List.of("327"),
				"Bereitschaftspflege", "Tom Muster", "info@familienwerk-lippe.example", null, null));
		logger.info("Demo network created: " + PROVIDERS.size() + " Träger, " + familyCount + " families, " + visitCount
				+ " contacts, " + inquiryCount + " inquiries, " + meetingCount + " meetings, 2 cooperation requests, "
				+ sessionCount + " supervision sessions");
	}

	private record Person(String name, String email) {
	}

	private static Person person(Faker faker, String domain) {
		String first = faker.name().firstName();
		String last = faker.name().lastName();
		return new Person(first + " " + last, ascii(first) + "." + ascii(last) + "@" + domain);
	}

	private static String fullName(Faker faker) {
		return faker.name().firstName() + " " + faker.name().lastName();
	}

	private static String ascii(String name) {
		String umlauts = name.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		return Normalizer.normalize(umlauts, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
	}

	private static ProviderData provider(String name, String seat, String phone, String... areas) {
		return new ProviderData(name, seat, "", phone, List.of(areas));
	}

}
