package de.pflegeverbund.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public expresses interest; the inquiry reaches the Träger whose service
 * area covers the postal code, and nobody else; the Leitung works it through the pipeline
 * into a Pflegefamilie.
 */
class InquiryBrowserTests extends BrowserTest {

	private static final String OTHER_LEAD_PASSWORD = "ein langes Browser-Passwort";

	@Autowired
	AccountManagement accounts;

	@Test
	void publicInquiryReachesTheRightTraegerOnlyAndBecomesAFamily() throws Exception {
		String lastName = "Brandtner" + letters();
		String applicantMail = uniqueEmail("interessentin");
		useClientAddress(context, "203.0.113.10");
		page.navigate("/interesse");
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Interesse an einer Pflegekindschaft")))
			.isVisible();
		assertAccessible(page);

		Locator aboutYou = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Über Sie"));
		aboutYou.getByLabel("Vorname").fill("Zoë");
		aboutYou.getByLabel("Nachname").fill(lastName);
		aboutYou.getByLabel("Geburtsjahr").fill("1986");
		page.getByLabel("E-Mail-Adresse").fill(applicantMail);
		page.getByLabel("Postleitzahl").fill("4814");
		page.getByLabel("Ort").fill("Münster");
		page.getByLabel("Dauerpflege").check();
		page.getByLabel("Was möchten Sie uns noch mitteilen?").fill("<b>Wir</b> freuen uns.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Interesse absenden")).click();

		assertThat(page.getByText("Bitte geben Sie eine fünfstellige Postleitzahl an.")).isVisible();
		assertThat(page.getByText("Ohne Ihre Einwilligung können wir Ihre Angaben nicht weitergeben.")).isVisible();
		assertThat(aboutYou.getByLabel("Nachname")).hasValue(lastName);
		assertThat(page.getByLabel("Dauerpflege")).isChecked();
		assertAccessible(page);

		page.getByLabel("Postleitzahl").fill("48149");
		page.getByLabel("Ich willige ein").check();
		page.waitForTimeout(1100); // a person takes longer than the minimum fill time
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Interesse absenden")).click();

		assertThat(
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vielen Dank für Ihr Interesse")))
			.isVisible();
		assertThat(page.getByText("Zuständig für Ihren Wohnort ist Pflegekinderdienst Westfalen-Mitte e. V."))
			.isVisible();
		assertAccessible(page);
		assertThat(mailsTo(applicantMail)).hasSize(1);

		login(page, ADMIN_1, DEMO_PASSWORD);
		assertThat(page.getByText("Neue Anfragen")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anfragen").setExact(true)).click();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Als Tafel anzeigen")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoë " + lastName))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoë " + lastName)).click();
		assertThat(page.getByText("<b>Wir</b> freuen uns.")).isVisible();
		assertAccessible(page);
		String inquiryPath = page.url().replaceFirst("https?://[^/]+", "");

		page.getByLabel("Neuer Status").selectOption("SUITABLE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Status speichern")).click();
		assertThat(page.getByText("Der Status wurde geändert.")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Als Pflegefamilie anlegen")).click();
		assertThat(page.getByLabel("Name der Familie")).hasValue(lastName);
		assertThat(page.getByLabel("Postleitzahl")).hasValue("48149");
		assertThat(page.getByLabel("Dauerpflege")).isChecked();
		assertAccessible(page);
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Fachberatung"))
			.getByRole(AriaRole.COMBOBOX)
			.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pflegefamilie anlegen")).click();
		assertThat(page.getByText("Die Pflegefamilie wurde aus der Anfrage angelegt.")).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(lastName).setLevel(1)))
			.isVisible();

		String otherLead = uniqueEmail("leitung-traeger2");
		accounts.provision(otherLead, "Leitung Träger 2", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				OTHER_LEAD_PASSWORD);
		BrowserContext otherBrowser = browserContext(1024, 768);
		Page other = otherBrowser.newPage();
		login(other, otherLead, OTHER_LEAD_PASSWORD);
		other.navigate("/anfragen?status=alle");
		assertThat(other.getByText(lastName)).hasCount(0);
		Response foreign = other.navigate(inquiryPath);
		assertThat(foreign.status()).isEqualTo(404);
		otherBrowser.close();
		BrowserContext coordinatorBrowser = browserContext(1024, 768);
		Page coordinator = coordinatorBrowser.newPage();
		login(coordinator, COORDINATOR, DEMO_PASSWORD);
		coordinator.navigate("/koordination/anfragen");
		assertThat(coordinator.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Eingang: Anfragen ohne zuständigen Träger")))
			.isVisible();
		assertThat(coordinator.getByText(lastName)).hasCount(0);
		assertAccessible(coordinator);
		coordinatorBrowser.close();
	}

	@Test
	void formWorksWithKeyboardOnlyAndWithoutJavaScript() {
		BrowserContext noScript = browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
				.setLocale("de-DE")
				.setJavaScriptEnabled(false));
		useClientAddress(noScript, "203.0.113.11");
		Page form = noScript.newPage();
		form.navigate("/interesse");

		List<String> order = new ArrayList<>();
		form.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Über Sie")).getByLabel("Vorname").focus();
		for (int i = 0; i < 40; i++) {
			String focused = form.locator(":focus").getAttribute("name");
			if (order.contains(focused) && !"careTypes".equals(focused)) {
				break;
			}
			order.add(focused);
			if ("firstName".equals(focused)) {
				form.keyboard().type("Jonas");
			}
			if ("lastName".equals(focused) && !order.contains("partnerFirstName")) {
				form.keyboard().type("Tastatur" + letters());
			}
			if ("birthYear".equals(focused)) {
				form.keyboard().type("1979");
			}
			if ("phone".equals(focused)) {
				form.keyboard().type("0251 777888");
			}
			if ("postalCode".equals(focused)) {
				form.keyboard().type("48143");
			}
			if ("city".equals(focused)) {
				form.keyboard().type("Münster");
			}
			if ("consent".equals(focused)) {
				form.keyboard().press("Space");
			}
			if (focused == null) {
				break;
			}
			form.keyboard().press("Tab");
		}
		assertThat(order).containsSubsequence("firstName", "lastName", "birthYear", "partnerFirstName", "email",
				"phone", "contactTime", "postalCode", "city", "adults", "children", "childrenAges", "careTypes",
				"preferredAge", "qualification", "experience", "message", "consent");
		assertThat(order).doesNotContain("website");
		form.waitForTimeout(1100); // a person takes longer than the minimum fill time
		form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Interesse absenden")).focus();
		form.keyboard().press("Enter");

		assertThat(
				form.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vielen Dank für Ihr Interesse")))
			.isVisible();
		noScript.close();
	}

	@Test
	void privacyNoticeAndImprintAreReachableFromEveryPage() {
		page.navigate("/interesse");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Datenschutz").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Datenschutzhinweise")))
			.isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impressum").setExact(true).setExact(true))
			.first()
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Impressum"))).isVisible();
		assertAccessible(page);
	}

	private static void useClientAddress(BrowserContext target, String address) {
		target.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address));
	}

	private static String letters() {
		return Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "x");
	}

}
