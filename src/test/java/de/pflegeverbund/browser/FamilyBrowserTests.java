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

		fillHousehold("Miriam Browser");
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

		// each change of the family on a page of its own, and back to the family
		counsellor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pflegeverhältnis hinzufügen")).click();
		counsellor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pflegeverhältnis speichern"))
			.click();
		assertThat(counsellor.getByText("Bitte geben Sie ein Kürzel oder Pseudonym für das Kind an.")).isVisible();
		assertAccessible(counsellor);
		counsellor.getByLabel("Kind (Kürzel oder Pseudonym)").fill("B. R.");
		counsellor.getByLabel("Geburtsjahr des Kindes").fill("2018");
		counsellor.getByLabel("Pflegeform").selectOption("LONG_TERM");
		counsellor.getByLabel("Belegendes Jugendamt").fill("Jugendamt Münster");
		counsellor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pflegeverhältnis speichern"))
			.click();
		assertThat(counsellor.getByText("Das Pflegeverhältnis wurde angelegt.")).isVisible();
		assertThat(counsellor.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("B. R.")).first())
			.isVisible();
		counsellor
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Führungszeugnis von Miriam Browser erfassen"))
			.click();
		assertAccessible(counsellor);
		counsellor.getByLabel("Ausgestellt am").fill(java.time.LocalDate.now().minusDays(7).toString());
		counsellor.getByLabel("nein").check();
		counsellor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Führungszeugnis speichern")).click();
		assertThat(counsellor.getByText("Das Führungszeugnis wurde erfasst.")).isVisible();
		counsellor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pflegeverhältnis B. R. beenden"))
			.click();
		assertAccessible(counsellor);
		counsellor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zurück zur Familie")).click();
		counsellor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Status ändern")).click();
		assertThat(counsellor.getByLabel("Neuer Status")).isVisible();
		assertAccessible(counsellor);

		page.navigate("/leitung/fallzahlen");
		assertAccessible(page);
		page.navigate("/familien/fuehrungszeugnisse");
		assertAccessible(page);
	}

	@Test
	void aFamilyFormSentTwiceIsSavedOnce() {
		login(page, ADMIN_1, DEMO_PASSWORD);

		String doubleClicked = fillNewFamily(unique("Familie Doppelklick"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).dblclick();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(doubleClicked).setLevel(1)))
			.isVisible();
		org.assertj.core.api.Assertions.assertThat(familiesNamed(doubleClicked)).isOne();

		String resent = fillNewFamily(unique("Familie Zurück"));
		String key = page.locator("form.portal-form input[name=_formular]").inputValue();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByText("Die Familie wurde angelegt.")).isVisible();
		page.goBack();
		if (page.getByLabel("Name der Familie").inputValue().equals(resent)) {
			// a browser that restores the form with what was typed: sent again, it is
			// not saved twice
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(resent).setLevel(1)))
				.isVisible();
		}
		else {
			// Chromium loads the page anew (the portal's pages are not cached): an empty
			// form with a new key, nothing to send twice
			org.assertj.core.api.Assertions.assertThat(page.getByLabel("Name der Familie").inputValue()).isEmpty();
			org.assertj.core.api.Assertions
				.assertThat(page.locator("form.portal-form input[name=_formular]").inputValue())
				.isNotEqualTo(key);
		}
		org.assertj.core.api.Assertions.assertThat(familiesNamed(resent)).isOne();

		String unknown = fillNewFamily(unique("Familie Unbekannt"));
		jdbc.update("insert into form_submission (token) values (?::uuid)",
				page.locator("form.portal-form input[name=_formular]").inputValue());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Formular bereits abgeschickt")))
			.isVisible();
		assertAccessible(page);
		org.assertj.core.api.Assertions.assertThat(familiesNamed(unknown)).isZero();
	}

	@Test
	void aCaseloadTargetSavedFromAPageOpenedBeforeAnotherSaveIsRefused() {
		login(page, ADMIN_1, DEMO_PASSWORD);
		page.navigate("/leitung/fallzahlen");
		Page second = context.newPage();
		second.navigate("/leitung/fallzahlen");
		try {
			page.getByLabel("1:10").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schlüssel speichern")).click();
			assertThat(page.getByText("Der Betreuungsschlüssel wurde gespeichert.")).isVisible();

			// the tab opened before that save still shows 1:15
			second.getByLabel("1:20").check();
			second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schlüssel speichern")).click();
			assertThat(second.getByRole(AriaRole.ALERT)).containsText("inzwischen geändert");
			assertThat(second.getByText("Betreuungsschlüssel 1:10")).isVisible();
			assertThat(second.getByLabel("1:20")).isChecked();
			assertAccessible(second);

			second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schlüssel speichern")).click();
			assertThat(second.getByText("Der Betreuungsschlüssel wurde gespeichert.")).isVisible();
			assertThat(second.getByText("Betreuungsschlüssel 1:20")).isVisible();
		}
		finally {
			second.getByLabel("1:15").check();
			second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schlüssel speichern")).click();
			assertThat(second.getByText("Betreuungsschlüssel 1:15")).isVisible();
		}
	}

	private String fillNewFamily(String name) {
		page.navigate("/familien/neu");
		page.getByLabel("Name der Familie").fill(name);
		fillHousehold("Miriam Zweimal");
		return name;
	}

	/** Everything of a new family but its name, with the first counsellor of the list. */
	private void fillHousehold(String adult) {
		page.getByLabel("Straße und Hausnummer").fill("Hohe Geest 12");
		page.getByLabel("Postleitzahl").fill("48165");
		page.getByLabel("Ort").fill("Münster");
		page.getByLabel("Dauerpflege").check();
		page.getByLabel("Plätze").fill("2");
		Locator first = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Erste Pflegeperson"));
		first.getByLabel("Name").fill(adult);
		first.getByLabel("Geburtsjahr").fill("1983");
		first.getByLabel("Qualifikation").selectOption("PEDAGOGICAL");
		page.getByLabel("Fachberatung")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel(page.locator("#primaryCounsellorId option").nth(1).textContent()));
	}

	private int familiesNamed(String name) {
		return jdbc.queryForObject("select count(*) from foster_family where name = ?", Integer.class, name);
	}

	private String demoCounsellorName() {
		return jdbc.queryForObject("select display_name from user_account where email = ?", String.class, COUNSELLOR_1);
	}

}
