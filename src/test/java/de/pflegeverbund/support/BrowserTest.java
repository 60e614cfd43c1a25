package de.pflegeverbund.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: Debian's Chromium driven by Playwright against the running
 * portal. Without Chromium the tests are skipped on a developer machine and fail in CI
 * ({@code CI=true}).
 */
@TestPropertySource(properties = "spring.autoconfigure.exclude=") // sessions in
																	// PostgreSQL, as in
																	// production
public abstract class BrowserTest extends PortalIntegrationTest {

	private static final Path CHROMIUM = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			if (System.getenv("CI") != null) {
				throw new IllegalStateException("Chromium not found at " + CHROMIUM + "; .ci/run installs it");
			}
			Assumptions.abort("Chromium not installed at " + CHROMIUM + " (apt-get install chromium)");
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		context = newContext();
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	protected BrowserContext newContext() {
		return browserContext(1024, 768);
	}

	/**
	 * A fresh browser (no cookies) with the given viewport, e.g. 800 × 1280 for a tablet
	 * held upright.
	 */
	protected BrowserContext browserContext(int width, int height) {
		return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("de-DE")
			.setViewportSize(width, height));
	}

	/**
	 * The running browser, for contexts with options of their own (e.g. without
	 * JavaScript).
	 */
	protected static Browser browser() {
		return browser;
	}

	protected void login(Page target, String email, String password) {
		target.navigate("/login");
		target.getByLabel("E-Mail-Adresse").fill(email);
		target.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
		target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
	}

	/**
	 * Runs axe-core on the current page and fails on serious or critical violations.
	 */
	protected void assertAccessible(Page target) {
		AxeResults results = new AxeBuilder(target).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<String> violations = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(BrowserTest::describe)
			.toList();
		assertThat(violations).as("axe-core violations on " + target.url()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}

}
