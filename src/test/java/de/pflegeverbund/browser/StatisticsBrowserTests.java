package de.pflegeverbund.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The dashboards in Chromium: the state office's overview with the trend chart, the
 * drill-down into a Träger, and the Leitung's own figures; axe-core on every page.
 */
class StatisticsBrowserTests extends BrowserTest {

	@Test
	void coordinatorComparesTheTraegerAndDrillsDown() {
		login(page, COORDINATOR, DEMO_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistik").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Statistik aller Träger")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Verbund gesamt")))
			.isVisible();
		assertThat(page.locator("canvas[data-chart-for='trend-table']")).isVisible();
		// the figures stand right-aligned under their headings, by the table's class
		assertThat(page.locator("table.figures tbody td").first()).hasCSS("text-align", "right");
		assertThat(page.locator("table.figures thead th").nth(1)).hasCSS("text-align", "right");
		assertAccessible(page);

		page.getByLabel("Quartal").selectOption("1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen")).click();
		assertThat(page.getByText(java.util.regex.Pattern.compile("^1\\. Quartal \\d{4}; Bestandszahlen"))).isVisible();

		// fifty Träger per page: the demo Träger found by a part of its name, the quarter
		// kept
		page.getByLabel("Träger suchen (Name)").fill("westfalen-mitte");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchen")).click();
		assertThat(page.getByText(java.util.regex.Pattern.compile("^Träger 1 bis 1 von 1, deren Name"))).isVisible();
		assertThat(page.getByText(java.util.regex.Pattern.compile("^1\\. Quartal \\d{4}; Bestandszahlen"))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pflegekinderdienst Westfalen-Mitte e. V."))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Statistik: Pflegekinderdienst Westfalen-Mitte e. V.")))
			.isVisible();
		assertThat(page.getByText("Pflegeverhältnisse nach Pflegeform")).isVisible();
		assertAccessible(page);
	}

	@Test
	void leitungSeesItsFiguresPerCounsellor() {
		login(page, ADMIN_1, DEMO_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistik").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Je Fachkraft"))).isVisible();
		assertAccessible(page);
	}

}
