package de.pflegeverbund.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A Träger outside the network asks to join through the public form; the coordinator
 * accepts, which creates the Träger and invites its Leitung.
 */
class CooperationBrowserTests extends BrowserTest {

	@Test
	void aTraegerAsksToJoinAndTheCoordinatorAccepts() throws Exception {
		String organisation = "Jugendhilfe Rheinaue " + System.nanoTime();
		String contact = uniqueEmail("rheinaue");
		BrowserContext visitorBrowser = browserContext(1024, 768);
		visitorBrowser.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", "203.0.113.61"));
		Page visitor = visitorBrowser.newPage();
		visitor.navigate("/");
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Als Träger mitarbeiten")).click();
		assertAccessible(visitor);
		visitor.getByLabel("Name des Trägers").fill(organisation);
		visitor.getByLabel("Sitz (Ort)").fill("Emmerich");
		visitor.getByLabel("Einzugsgebiet (Postleitzahl-Anfänge)").fill("46446");
		visitor.getByLabel("Name der Ansprechperson").fill("Jana Köhler");
		visitor.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true)).fill("nicht-gueltig");
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfrage senden")).click();
		assertThat(visitor.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true)))
			.hasAttribute("aria-invalid", "true");
		assertThat(visitor.getByLabel("Name des Trägers")).hasValue(organisation);
		assertAccessible(visitor);
		visitor.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true)).fill(contact);
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfrage senden")).click();
		assertThat(visitor.getByText("Vielen Dank für Ihre Anfrage")).isVisible();
		assertAccessible(visitor);
		visitorBrowser.close();

		login(page, COORDINATOR, DEMO_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kooperationen")).click();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(organisation)).click();
		assertAccessible(page);
		assertThat(page.getByLabel("Name der Leitung")).hasValue("Jana Köhler");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Annehmen, Träger anlegen und Leitung einladen"))
			.click();
		assertThat(page.getByText("Der Träger ist angelegt")).isVisible();
		assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue(organisation);
		assertAccessible(page);
		org.assertj.core.api.Assertions.assertThat(mailsTo(contact).stream().map(mail -> {
			try {
				return mail.getSubject() + "\n" + mail.getContent();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).anyMatch(mail -> mail.contains("/konto/passwort/")).anyMatch(mail -> mail.startsWith("Willkommen"));
	}

}
