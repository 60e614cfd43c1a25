package de.pflegeverbund.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class RoleHomeBrowserTests extends BrowserTest {

	@Test
	void loginPageIsGermanAndAccessible() {
		page.navigate("/login");
		assertThat(page.locator("html")).hasAttribute("lang", "de");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Anmelden"))).isVisible();
		assertAccessible(page);
	}

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource({ "koordination@lja.example, Koordination des Trägerverbunds, /koordination",
			"leitung@traeger1.example, Leitung: Pflegekinderdienst Westfalen-Mitte e. V., /leitung",
			"fachberatung@traeger1.example, Meine Familien, /fachberatung",
			"fachberatung@traeger2.example, Meine Familien, /fachberatung",
			"familie@traeger1.example, Unsere Familie, /familie" })
	void demoAccountSignsInAndSeesTheHomeOfItsRole(String email, String heading, String path) {
		login(page, email, DEMO_PASSWORD);
		assertThat(page).hasURL("http://localhost:" + port + path);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setLevel(1)))
			.isVisible();
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
		assertThat(page.getByText("Sie haben sich abgemeldet.")).isVisible();
		page.navigate(path);
		assertThat(page).hasURL("http://localhost:" + port + "/login");
	}

	@Test
	void wrongPasswordShowsAGermanMessage() {
		login(page, COUNSELLOR_1, "ganz falsches Passwort");
		assertThat(page.getByText("E-Mail-Adresse oder Passwort ist falsch.")).isVisible();
		assertThat(page.getByLabel("E-Mail-Adresse")).hasValue(COUNSELLOR_1);
		assertThat(page.getByLabel("E-Mail-Adresse")).hasAttribute("aria-describedby", "anmeldung-fehler");
		assertThat(page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true))).hasValue("");
		assertAccessible(page);
	}

	@Test
	void signInWorksWithTheKeyboardOnly() {
		page.navigate("/login");
		assertThat(page.getByLabel("E-Mail-Adresse")).isFocused();
		page.keyboard().type(COUNSELLOR_1);
		page.keyboard().press("Tab");
		assertThat(page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true))).isFocused();
		page.keyboard().type(DEMO_PASSWORD);
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meine Familien"))).isVisible();
		// the skip link is the first stop on every page and leads to the content
		page.keyboard().press("Tab");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Inhalt springen")))
			.isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("main")).isFocused();
	}

}
