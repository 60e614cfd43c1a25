package de.pflegeverbund.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Leitung creates a family and assigns a counsellor, who then finds it on their home
 * page.
 */
class FamilyBrowserTests extends BrowserTest {

	@Test
	void leitungCreatesAFamilyAndTheAssignedCounsellorFindsIt() {
		String name = unique("Familie Browser");
		login(page, ADMIN_1, DEMO_PASSWORD);
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Familien"))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pflegefamilien"))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Familie anlegen")).click();
		assertAccessible(page);

		page.getByLabel("Name der Familie").fill(name);
		page.getByLabel("Postleitzahl").fill("4815");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByText("Bitte geben Sie eine fünfstellige Postleitzahl an.")).isVisible();
		assertThat(page.getByText("Bitte wählen Sie mindestens eine Pflegeform.")).isVisible();
		assertThat(page.getByLabel("Name der Familie")).hasValue(name);
		assertAccessible(page);

		page.getByLabel("Straße und Hausnummer").fill("Hohe Geest 12");
		page.getByLabel("Postleitzahl").fill("48165");
		page.getByLabel("Ort").fill("Münster");
		page.getByLabel("Dauerpflege").check();
		page.getByLabel("Plätze").fill("2");
		Locator first = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Erste Pflegeperson"));
		first.getByLabel("Name").fill("Miriam Browser");
		first.getByLabel("Geburtsjahr").fill("1983");
		first.getByLabel("Qualifikation").selectOption("PEDAGOGICAL");
		page.getByLabel("Fachberatung")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel(page.locator("#primaryCounsellorId option").nth(1).textContent()));
		String counsellorName = page.locator("#primaryCounsellorId option:checked").textContent();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByText("Die Familie wurde angelegt.")).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
		assertAccessible(page);

		// reassign to the demo counsellor of Träger 1 from the family page
		page.getByLabel("Neue Fachberatung")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(demoCounsellorName()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fachberatung zuordnen")).click();
		assertThat(page.getByText("Die Fachberatung wurde zugeordnet")).isVisible();
		if (!counsellorName.equals(demoCounsellorName())) {
			assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(counsellorName))).isVisible();
		}

		Page counsellor = newContext().newPage();
		login(counsellor, COUNSELLOR_1, DEMO_PASSWORD);
		assertThat(counsellor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meine Familien")))
			.isVisible();
		counsellor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
		assertThat(counsellor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Miriam Browser")))
			.isVisible();
		assertAccessible(counsellor);

		page.navigate("/leitung/fallzahlen");
		assertAccessible(page);
		page.navigate("/familien/fuehrungszeugnisse");
		assertAccessible(page);
	}

	private String demoCounsellorName() {
		return jdbc.queryForObject("select display_name from user_account where email = ?", String.class, COUNSELLOR_1);
	}

}
