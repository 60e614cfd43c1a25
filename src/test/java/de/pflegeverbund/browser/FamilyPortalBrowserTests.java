package de.pflegeverbund.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The family home with a correction request and a concern; a young person's concern from
 * the public page, followed with the code and answered by the Leitung.
 */
class FamilyPortalBrowserTests extends BrowserTest {

	@Test
	void aFamilySeesItsHomeAsksForACorrectionAndRaisesAConcern() {
		login(page, FAMILY_1, DEMO_PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Unsere Familie"))).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ihre Fachberatung")))
			.isVisible();
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Korrektur beantragen")).click();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Korrektur beantragen")).click();
		assertThat(page.getByText("Bitte beschreiben Sie, was geändert werden soll.")).isVisible();
		page.getByLabel("Was betrifft die Korrektur?").selectOption("CONTACT");
		page.getByLabel("Was soll geändert werden?").fill("Unsere neue Telefonnummer ist 0251 4711.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Korrektur beantragen")).click();
		assertThat(page.getByText("Ihr Korrekturwunsch ist bei Ihrer Fachberatung angekommen.")).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anliegen oder Beschwerde vorbringen"))
			.click();
		assertAccessible(page);
		page.getByLabel("An die unabhängige Ansprechperson im Landesjugendamt").check();
		page.getByLabel("Ihr Anliegen").fill("Die Besuchskontakte werden oft kurzfristig abgesagt.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anliegen senden")).click();
		assertThat(page.getByText("Ihr Anliegen ist angekommen.")).isVisible();
		assertThat(page.getByText("Die Besuchskontakte werden oft kurzfristig abgesagt.")).isVisible();
		assertAccessible(page);
	}

	@Test
	void aYoungPersonRaisesAConcernWithoutAccountAndReadsTheAnswerWithTheCode() {
		String text = "Ich möchte mehr Taschengeld und darf nie allein raus " + System.nanoTime();
		BrowserContext youthBrowser = browserContext(390, 844);
		youthBrowser.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", "203.0.113.77"));
		Page youth = youthBrowser.newPage();
		youth.navigate("/");
		youth.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hilfe und Beschwerde")).click();
		assertAccessible(youth);
		youth.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Absenden")).click();
		assertThat(youth.getByText("Bitte schreiben Sie Ihr Anliegen")).isVisible();
		youth.getByLabel("An wen möchtest du dich wenden?")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Leitung von " + jdbc
				.queryForObject("select name from provider where id = ?", String.class, providerIdOf(ADMIN_1))));
		youth.getByLabel("Was möchtest du uns sagen?").fill(text);
		youth.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Absenden")).click();
		assertThat(youth.getByText("Deine Nachricht ist angekommen")).isVisible();
		assertAccessible(youth);
		String code = youth.locator(".font-monospace").textContent().strip();

		login(page, ADMIN_1, DEMO_PASSWORD);
		page.navigate("/leitung/anliegen");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(":"))
			.first()
			.click();
		assertThat(page.getByText(text)).isVisible();
		assertAccessible(page);
		page.getByLabel("Antwort").fill("Danke für deine Nachricht. Wir sprechen mit deinen Pflegeeltern.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwort senden")).click();
		assertThat(page.getByText("Gespeichert;")).isVisible();

		youth.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zur Antwort mit deinem Code")).click();
		youth.getByLabel("Dein Code").fill(code);
		youth.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwort anzeigen")).click();
		assertThat(youth.getByText("Wir sprechen mit deinen Pflegeeltern.")).isVisible();
		assertAccessible(youth);
		youthBrowser.close();
	}

	@Test
	void staffSeeTheFamilysAccessAndRecordTheProtectionConcept() {
		long family = jdbc.queryForObject("select family_id from family_account a join user_account u "
				+ "on u.id = a.account_id where u.email = ?", Long.class, FAMILY_1);
		login(page, ADMIN_1, DEMO_PASSWORD);
		page.navigate("/familien/" + family);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Familienzugang und Schutzkonzept")).click();
		assertThat(page.getByText(FAMILY_1)).isVisible();
		assertAccessible(page);
		page.getByLabel("Fassung des Schutzkonzepts").fill("Schutzkonzept 2026, Fassung 3");
		page.getByLabel("Besprochen am").fill(today().toString());
		page.getByLabel("Beteiligt").fill("Pflegeeltern, Kind, Fachberatung");
		page.getByLabel("Kind über Beschwerdemöglichkeiten informiert am").fill(today().toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eintragen")).click();
		assertThat(page.getByText("Das Schutzkonzept wurde eingetragen.")).isVisible();
		assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Schutzkonzept 2026, Fassung 3")))
			.isVisible();
		page.navigate("/leitung/schutzkonzept");
		assertAccessible(page);
		page.navigate("/korrekturen");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Protokoll").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zugriffsprotokoll")))
			.isVisible();
		assertThat(page.getByText("POST /familien/{id}/schutzkonzept").first()).isVisible();
		assertAccessible(page);
	}

}
