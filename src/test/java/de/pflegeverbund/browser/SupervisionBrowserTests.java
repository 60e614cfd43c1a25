package de.pflegeverbund.browser;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A counsellor records a supervision session, is warned about a name in the text and
 * saves after checking; the Leitung sees the hours on the quality page, the coordinator
 * the share per Träger.
 */
class SupervisionBrowserTests extends BrowserTest {

	@Test
	void aCounsellorRecordsASessionAndTheLeitungSeesTheHours() {
		String agreements = "Checkliste Aufnahme bis " + System.nanoTime();
		login(page, COUNSELLOR_1, DEMO_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Supervision").setExact(true)).click();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sitzung erfassen")).click();
		assertAccessible(page);
		page.getByLabel("Art").selectOption("CASE");
		page.getByLabel("Datum").fill(today().toString());
		page.getByLabel("Dauer in Minuten").fill("90");
		page.getByLabel("Supervisor(in) (extern, Name)").fill("Dipl.-Psych. R. Albers");
		page.getByLabel("Themen").fill("Besuchskontakte, Gespräch mit Frau Beispiel");
		page.getByLabel("Vereinbarungen").fill(agreements);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sitzung speichern")).click();
		assertThat(page.getByText("Enthält der Text Namen?")).isVisible();
		assertThat(page.getByLabel("Vereinbarungen")).hasValue(agreements);
		assertAccessible(page);
		page.getByLabel("Themen").fill("Besuchskontakte, Gespräch mit der Pflegemutter");
		page.getByLabel("Ich habe den Text geprüft").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sitzung speichern")).click();
		assertThat(page.getByText("Die Sitzung wurde gespeichert.")).isVisible();
		assertThat(page.getByText(agreements)).isVisible();
		assertAccessible(page);

		BrowserContext leadBrowser = browserContext(1280, 900);
		Page lead = leadBrowser.newPage();
		login(lead, ADMIN_1, DEMO_PASSWORD);
		lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Qualität")).click();
		assertThat(lead.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Qualität: Supervision der Fachberatung")))
			.isVisible();
		org.assertj.core.api.Assertions.assertThat(lead.content()).doesNotContain(agreements);
		assertAccessible(lead);
		leadBrowser.close();

		BrowserContext coordinatorBrowser = browserContext(1280, 900);
		Page coordinator = coordinatorBrowser.newPage();
		login(coordinator, COORDINATOR, DEMO_PASSWORD);
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Qualität")).click();
		assertThat(coordinator.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Qualität: Supervision je Träger")))
			.isVisible();
		assertAccessible(coordinator);
		coordinatorBrowser.close();
	}

}
