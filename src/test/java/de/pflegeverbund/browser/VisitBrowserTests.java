package de.pflegeverbund.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The counsellor's daily work on a tablet: from "Meine Familien" to a recorded contact.
 */
class VisitBrowserTests extends BrowserTest {

	@Test
	void counsellorRecordsAHomeVisitFromTheHomePage() {
		context.close();
		context = browserContext(800, 1280);
		page = context.newPage();
		login(page, COUNSELLOR_1, DEMO_PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meine Familien"))).isVisible();
		assertAccessible(page);
		Locator firstRecord = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kontakt für "))
			.first();
		String familyLabel = firstRecord.getAttribute("aria-label");
		firstRecord.click();
		assertThat(page.getByLabel("Hausbesuch")).isChecked();
		assertAccessible(page);

		page.getByLabel("Dauer in Minuten").fill("-3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kontakt speichern")).click();
		assertThat(page.getByText("Bitte geben Sie die Dauer in Minuten an (1 bis 720).")).isVisible();
		assertThat(page.getByText("Bitte geben Sie an, ob Sie mit dem Kind allein gesprochen haben.")).isVisible();
		assertAccessible(page);

		page.getByLabel("Dauer in Minuten").fill("50");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Mit dem Kind allein gesprochen"))
			.getByLabel("ja")
			.check();
		page.getByLabel("Pflegekind").check();
		page.getByLabel("Themen").fill("Schulwechsel, Besuchskontakte");
		page.getByLabel("Interne Notizen").fill("Kind wirkt entspannt.\nPflegemutter berichtet von guten Nächten.");
		page.getByLabel("Zusammenfassung für die Familie").fill("Wir haben über den Schulwechsel gesprochen.");
		page.getByLabel("Zusammenfassung mit der Familie teilen").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kontakt speichern")).click();
		assertThat(page.getByText("Der Kontakt wurde gespeichert.")).isVisible();
		assertThat(page.getByText("Schulwechsel, Besuchskontakte")).isVisible();
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beratungskontakte").setExact(true)).click();
		assertThat(page.getByText("Schulwechsel, Besuchskontakte")).isVisible();
		assertAccessible(page);

		page.navigate("/fachberatung");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(familyLabel))).isVisible();
	}

	@Test
	void nothingTypedIsLostWhenTheSessionExpiresBeforeSaving() {
		login(page, COUNSELLOR_1, DEMO_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kontakt für ")).first().click();
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Mit dem Kind allein gesprochen"))
			.getByLabel("nein")
			.check();
		String note = "Ausführlicher Bericht, lange getippt. ".repeat(40).trim();
		page.getByLabel("Interne Notizen").fill(note);

		context.clearCookies(); // the session is gone, e.g. after 30 minutes without a
								// request
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kontakt speichern")).click();
		assertThat(page.getByText("Ihre Eingaben sind aufbewahrt.")).isVisible();
		page.getByLabel("E-Mail-Adresse").fill(COUNSELLOR_1);
		page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nicht gespeicherte Eingaben")))
			.isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eingaben jetzt senden")).click();
		assertThat(page.getByText("Der Kontakt wurde gespeichert.")).isVisible();
		assertThat(page.getByText(note)).isVisible();
	}

	@Test
	void leitungPagesOfTheVisitLogAreAccessible() {
		login(page, ADMIN_1, DEMO_PASSWORD);
		for (String path : new String[] { "/leitung/kontaktrhythmus", "/leitung/gefaehrdungseinschaetzungen" }) {
			page.navigate(path);
			assertThat(page.locator("h1")).isVisible();
			assertAccessible(page);
		}
	}

}
