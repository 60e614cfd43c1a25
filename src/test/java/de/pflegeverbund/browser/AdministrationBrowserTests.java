package de.pflegeverbund.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The onboarding chain in a real browser: the coordinator creates a Träger and invites
 * its Leitung, the Leitung sets a password and invites a counsellor, the counsellor signs
 * in.
 */
class AdministrationBrowserTests extends BrowserTest {

	private static final String PASSWORD = "Netzwerktreffen im Frühling";

	@Test
	void coordinatorOnboardsAProviderWhoseLeitungInvitesACounsellor() throws Exception {
		String providerName = unique("Kinderhaus Lippe gGmbH");
		String leadEmail = uniqueEmail("leitung-lippe");
		String counsellorEmail = uniqueEmail("fachberatung-lippe");

		login(page, COORDINATOR, DEMO_PASSWORD);
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Träger"))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Träger im Verbund")))
			.isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Träger anlegen")).click();
		assertAccessible(page);

		page.getByLabel("Name").fill(providerName);
		page.getByLabel("Sitz (Ort)").fill("Detmold");
		page.getByLabel("Kontakt-E-Mail").fill("nicht gültig");
		page.getByLabel("Einzugsgebiet (Postleitzahl-Anfänge)").fill("327, 3275x");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse an")).isVisible();
		assertThat(page.getByText("Postleitzahl-Anfänge aus 1 bis 5 Ziffern")).isVisible();
		assertThat(page.getByLabel("Name")).hasValue(providerName);
		assertThat(page.getByLabel("Kontakt-E-Mail")).hasAttribute("aria-invalid", "true");
		assertAccessible(page);

		page.getByLabel("Kontakt-E-Mail").fill("kontakt@lippe.example");
		page.getByLabel("Einzugsgebiet (Postleitzahl-Anfänge)").fill("327, 32756");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByText("Der Träger wurde angelegt.")).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leitung des Trägers einladen und verwalten"))
			.click();
		assertAccessible(page);
		page.getByLabel("Name").fill("Lena Lippe");
		page.getByLabel("E-Mail-Adresse").fill(leadEmail);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladung senden")).click();
		assertThat(page.getByText("Die Einladung wurde versendet.")).isVisible();
		assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(leadEmail))).isVisible();

		acceptInvitation(leadEmail);
		Page lead = newContext().newPage();
		login(lead, leadEmail, PASSWORD);
		assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Leitung: " + providerName)))
			.isVisible();
		lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mitarbeitende verwalten")).click();
		assertAccessible(lead);
		lead.getByLabel("Name").fill("Finn Fachberater");
		lead.getByLabel("E-Mail-Adresse").fill(counsellorEmail);
		lead.getByLabel("Fachberatung").check();
		lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladung senden")).click();
		assertThat(lead.getByText("Die Einladung wurde versendet.")).isVisible();
		assertThat(lead.getByText("eingeladen", new Page.GetByTextOptions().setExact(true))).isVisible();

		acceptInvitation(counsellorEmail);
		Page counsellor = newContext().newPage();
		login(counsellor, counsellorEmail, PASSWORD);
		assertThat(counsellor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meine Familien")))
			.isVisible();
		assertThat(counsellor.getByText("Träger: " + providerName)).isVisible();

		lead.reload();
		lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finn Fachberater deaktivieren")).click();
		assertThat(lead.getByText("Der Zugang wurde deaktiviert")).isVisible();
		counsellor.reload();
		assertThat(counsellor.getByText("Ihre Sitzung wurde beendet.")).isVisible();
	}

	@Test
	void forgottenPasswordPageAndNotFoundPageAreAccessible() {
		page.navigate("/login");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passwort vergessen?")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link anfordern")).click();
		assertThat(page.getByText("Bitte geben Sie eine E-Mail-Adresse an.")).isVisible();
		assertAccessible(page);
		page.getByLabel("E-Mail-Adresse").fill(uniqueEmail("unbekannt"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link anfordern")).click();
		assertThat(page.getByText("Falls es zu dieser E-Mail-Adresse einen Zugang gibt")).isVisible();

		page.navigate("/gibt-es-nicht");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Seite nicht gefunden")))
			.isVisible();
		assertAccessible(page);
	}

	private void acceptInvitation(String email) throws Exception {
		String token = tokenFromLastMailTo(email);
		BrowserContext fresh = newContext();
		Page invitee = fresh.newPage();
		invitee.navigate("/konto/passwort/" + token);
		assertThat(invitee.getByText("Legen Sie das Passwort für den Zugang " + email + " fest.")).isVisible();
		assertAccessible(invitee);
		invitee.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true)).fill("zu kurz");
		invitee.getByLabel("Neues Passwort wiederholen").fill("zu kurz");
		invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
		assertThat(invitee.getByText("Das Passwort muss zwischen 12 und 128 Zeichen lang sein.")).isVisible();
		assertAccessible(invitee);
		invitee.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		invitee.getByLabel("Neues Passwort wiederholen").fill(PASSWORD);
		invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
		assertThat(invitee.getByText("Ihr Passwort wurde gespeichert.")).isVisible();
		fresh.close();
	}

}
