package de.pflegeverbund.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
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

	private final String password;

	DemoData(ProviderManagement providers, AccountManagement accounts,
			@Value("${portal.demo.password}") String password) {
		this.providers = providers;
		this.accounts = accounts;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (providers.count() > 0) {
			return;
		}
		Faker faker = new Faker(Locale.GERMAN, new Random(2026));
		accounts.provision("koordination@lja.example", "Koordination Landesjugendamt", Role.COORDINATOR, null,
				password);
		for (int i = 0; i < PROVIDERS.size(); i++) {
			int number = i + 1;
			String domain = "traeger" + number + ".example";
			ProviderData data = PROVIDERS.get(i);
			long providerId = providers.create(new ProviderData(data.name(), data.seat(), "kontakt@" + domain,
					data.contactPhone(), data.serviceAreas()));
			if (number == 1) {
				accounts.provision("leitung@traeger1.example", fullName(faker), Role.PROVIDER_ADMIN, providerId,
						password);
				accounts.provision("familie@traeger1.example", "Familie " + faker.name().lastName(), Role.FAMILY,
						providerId, password);
			}
			else {
				person(faker, domain, Role.PROVIDER_ADMIN, providerId);
			}
			if (number <= 2) {
				accounts.provision("fachberatung@" + domain, fullName(faker), Role.COUNSELLOR, providerId, password);
			}
			int counsellors = 3 + faker.random().nextInt(4);
			for (int c = 0; c < counsellors; c++) {
				person(faker, domain, Role.COUNSELLOR, providerId);
			}
		}
		logger.info("Demo network created: " + PROVIDERS.size() + " Träger");
	}

	private void person(Faker faker, String domain, Role role, long providerId) {
		String first = faker.name().firstName();
		String last = faker.name().lastName();
		String email = ascii(first) + "." + ascii(last) + "@" + domain;
		accounts.provision(email, first + " " + last, role, providerId, password);
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
