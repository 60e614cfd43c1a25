package de.pflegeverbund.browser;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The coordinator announces a public event; a visitor without account finds it, a
 * counsellor registers with one click.
 */
class MeetingBrowserTests extends BrowserTest {

	@Test
	void coordinatorAnnouncesAnEventThatVisitorsSeeAndStaffJoin() throws Exception {
		String title = "Fachtag Pflegekinderhilfe " + System.nanoTime();
		login(page, COORDINATOR, DEMO_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Veranstaltungen").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Veranstaltung anlegen")).click();
		assertAccessible(page);
		page.getByLabel("Art").selectOption("NETWORK_MEETING");
		page.getByLabel("Titel").fill(title);
		page.getByLabel("Datum").fill(today().plusDays(20).toString());
		page.getByLabel("Beginn").fill("09:30");
		page.getByLabel("Ende").fill("15:00");
		page.getByLabel("Ort").fill("Münster, Landeshaus");
		page.getByLabel("Für wen").selectOption("PUBLIC");
		page.getByLabel("Plätze").fill("30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veranstaltung anlegen")).click();
		assertThat(page.getByText("Die Veranstaltung wurde angelegt.")).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teilnahme und Protokoll")).click();
		assertThat(page.getByLabel("Protokoll", new Page.GetByLabelOptions().setExact(true))).isVisible();
		assertAccessible(page);

		BrowserContext visitorBrowser = browserContext(1024, 768);
		visitorBrowser.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", "203.0.113.40"));
		Page visitor = visitorBrowser.newPage();
		visitor.navigate("/veranstaltungen");
		assertAccessible(visitor);
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		String email = uniqueEmail("fachkraft-extern");
		visitor.getByLabel("Vorname").fill("Jana");
		visitor.getByLabel("Nachname").fill("Köhler");
		visitor.getByLabel("E-Mail-Adresse").fill(email);
		visitor.getByLabel("Einrichtung", new Page.GetByLabelOptions().setExact(true)).fill("Jugendamt Hamm");
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).click();
		assertThat(visitor.getByText("Fast geschafft")).isVisible();
		assertAccessible(visitor);
		String body = (String) mailsTo(email).get(0).getContent();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/veranstaltungen/anmeldung/[A-Za-z0-9_-]+")
			.matcher(body);
		org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
		visitor.navigate(link.group());
		assertAccessible(visitor);
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmeldung bestätigen")).click();
		assertThat(visitor.getByText("Sie sind angemeldet.").first()).isVisible();
		visitorBrowser.close();

		BrowserContext staffBrowser = browserContext(1024, 768);
		Page staff = staffBrowser.newPage();
		login(staff, COUNSELLOR_1, DEMO_PASSWORD);
		staff.navigate("/veranstaltungen");
		staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click();
		assertThat(staff.getByText("Sie sind angemeldet.").first()).isVisible();
		assertThat(staff.getByText("30 Plätze, davon 28 frei")).isVisible();
		assertAccessible(staff);
		staffBrowser.close();
	}

	@Test
	void theLeitungPlansASeriesChangesADateAndPlansAFollowUp() {
		String title = "Arbeitskreis Verwandtenpflege " + System.nanoTime();
		login(page, ADMIN_1, DEMO_PASSWORD);
		page.navigate("/leitung/veranstaltungen/neu");
		page.getByLabel("Art").selectOption("WORKING_GROUP");
		page.getByLabel("Titel").fill(title);
		page.getByLabel("Datum").fill(today().plusDays(15).toString());
		page.getByLabel("Beginn").fill("10:00");
		page.getByLabel("Ende").fill("12:00");
		page.getByLabel("Ort").fill("Geschäftsstelle");
		page.getByLabel("Wiederholung").selectOption("QUARTERLY");
		page.getByLabel("Anzahl der Termine").fill("3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veranstaltung anlegen")).click();
		assertThat(page.getByText("Die Reihe wurde angelegt")).isVisible();
		assertThat(page.getByText("Weiterer Termin der Reihe")).hasCount(2);
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändern").setExact(true)).click();
		assertAccessible(page);
		page.getByLabel("Beginn").fill("10:30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Änderungen speichern")).click();
		assertThat(page.getByText("Die Änderungen sind gespeichert.")).isVisible();
		assertThat(page.getByText("10:30 bis 12:00 Uhr")).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Folgetreffen planen")).click();
		assertAccessible(page);
		assertThat(page.getByLabel("Titel")).hasValue(title);
		page.getByLabel("Datum").fill(today().plusDays(40).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veranstaltung anlegen")).click();
		assertThat(page.getByText("Das Folgetreffen wurde angelegt.")).isVisible();
		assertThat(page.getByText("Folgetreffen von")).isVisible();
		assertAccessible(page);
	}

}
