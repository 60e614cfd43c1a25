package de.pflegeverbund.browser;

import java.time.Clock;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.support.BrowserTest;
import de.pflegeverbund.support.Totp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The second factor in a real browser, by keyboard: the Leitung requires it, a counsellor
 * sets it up at the next sign-in (QR code and key), keeps the recovery codes and is asked
 * for the code from then on.
 */
class SecondFactorBrowserTests extends BrowserTest {

	private static final String PASSWORD = "Zwei Faktoren sind besser";

	@Autowired
	ProviderManagement providers;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Test
	void theLeitungRequiresItAndACounsellorSetsItUpAndSignsInWithIt() {
		long provider = providers
			.create(new ProviderData(unique("Träger mit zweitem Faktor"), "Soest", "s@s.example", null, List.of()));
		String lead = uniqueEmail("zf-browser-leitung");
		String counsellor = uniqueEmail("zf-browser-fachberatung");
		accounts.provision(lead, "Lea Leitung", Role.PROVIDER_ADMIN, provider, PASSWORD);
		accounts.provision(counsellor, "Paul Pflicht", Role.COUNSELLOR, provider, PASSWORD);

		login(page, lead, PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmeldeschutz")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Anmeldeschutz"))).isVisible();
		assertAccessible(page);
		page.getByLabel("Zweiten Faktor für alle Mitarbeitenden dieses Trägers verlangen").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByText("Der zweite Faktor ist jetzt Pflicht")).isVisible();
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Paul Pflicht")))
			.containsText("nicht eingerichtet");

		Page paul = newContext().newPage();
		login(paul, counsellor, PASSWORD);
		assertThat(paul.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zweiten Faktor einrichten")))
			.isVisible();
		assertThat(paul.getByText("Für Ihr Konto ist ein zweiter Faktor vorgeschrieben")).isVisible();
		assertThat(paul.getByAltText("QR-Code zum Einrichten der Authenticator-App",
				new Page.GetByAltTextOptions().setExact(false)))
			.isVisible();
		assertAccessible(paul);
		String secret = paul.locator("#secret").textContent().replace(" ", "");

		paul.getByLabel("Code aus der App").fill("12345");
		paul.keyboard().press("Enter");
		assertThat(paul.getByText("Der Code stimmt nicht")).isVisible();
		assertThat(paul.getByLabel("Code aus der App")).hasAttribute("aria-invalid", "true");
		assertAccessible(paul);
		paul.getByLabel("Code aus der App").fill(Totp.code(secret, clock.instant()));
		paul.keyboard().press("Enter");
		assertThat(paul.getByText("Der zweite Faktor ist eingerichtet.")).isVisible();
		assertThat(paul.locator("#wiederherstellungscodes li")).hasCount(10);
		assertAccessible(paul);
		paul.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weiter zum Portal")).click();
		assertThat(paul.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meine Familien"))).isVisible();

		paul.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
		login(paul, counsellor, PASSWORD);
		assertThat(paul.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zweiter Faktor"))).isVisible();
		assertAccessible(paul);
		paul.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
			.fill(Totp.code(secret, clock.instant().plusSeconds(30)));
		paul.keyboard().press("Enter");
		assertThat(paul.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meine Familien"))).isVisible();

		paul.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zweiter Faktor")).click();
		assertThat(paul.getByText("Noch nicht verwendete Wiederherstellungscodes: 10")).isVisible();
		assertThat(paul.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zweiten Faktor entfernen")))
			.hasCount(0);
		assertAccessible(paul);

		page.reload();
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Paul Pflicht")))
			.containsText("eingerichtet am");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Zweiten Faktor von Paul Pflicht zurücksetzen"))
			.click();
		assertThat(page.getByText("Der zweite Faktor wurde zurückgesetzt")).isVisible();
	}

}
