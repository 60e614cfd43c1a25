package de.pflegeverbund.support;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Base of the integration tests: the whole application on the embedded PostgreSQL with
 * the demo network, and a real SMTP server (GreenMail). All tests share one application
 * context and one database, so each test creates its own records with unique names
 * ({@link #unique(String)}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(FailingTestController.class)
public abstract class PortalIntegrationTest {

	/** Demo accounts of the interface contract. */
	protected static final String COORDINATOR = "koordination@lja.example";

	protected static final String ADMIN_1 = "leitung@traeger1.example";

	protected static final String COUNSELLOR_1 = "fachberatung@traeger1.example";

	protected static final String COUNSELLOR_2 = "fachberatung@traeger2.example";

	protected static final String FAMILY_1 = "familie@traeger1.example";

	protected static final String DEMO_PASSWORD = "Demo-Pflege-2026";

	/** The portal's time zone: its "today" is the day in Germany. */
	protected static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");

	protected static final GreenMail MAIL = startMailServer();

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static final Pattern STAMP = Pattern.compile("name=\"stand\" value=\"([0-9a-f]{16})\"");

	private static final Pattern LINK = Pattern.compile("https?://\\S+/konto/passwort/([A-Za-z0-9_-]+)");

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected UserDetailsService userDetailsService;

	/**
	 * The database as its owner sees it (past the row-level security), for arranging
	 * records and checking what was stored; outside the portal's transactions.
	 */
	protected JdbcTemplate jdbc;

	/**
	 * The portal's own connections (row-level security holds); joins a test's
	 * transaction.
	 */
	@Autowired
	protected JdbcTemplate appJdbc;

	@Autowired
	void ownerConnections(Environment environment) {
		this.jdbc = OwnerDatabase.jdbc(environment);
	}

	/**
	 * The owner's connections to the database of another instance of the portal started
	 * by a test.
	 */
	protected static JdbcTemplate ownerJdbc(Environment environment) {
		return OwnerDatabase.jdbc(environment);
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@BeforeEach
	void emptyMailboxes() throws Exception {
		MAIL.purgeEmailFromAllMailboxes();
	}

	/**
	 * Signs the request in as the given account, loaded from the database like at a real
	 * sign-in.
	 */
	protected RequestPostProcessor as(String email) {
		return user(userDetailsService.loadUserByUsername(email));
	}

	/**
	 * Signs in through the real login form and returns the session.
	 */
	protected MockHttpSession signIn(String email, String password) {
		MvcTestResult result = mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", password)
			.with(csrf())
			.exchange();
		assertThat(result).redirectedUrl().isEqualTo("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/**
	 * Today in Germany, as the portal sees it (not the machine's UTC date).
	 */
	protected static java.time.LocalDate today() {
		return java.time.LocalDate.now(BERLIN);
	}

	protected static String unique(String prefix) {
		return prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
	}

	protected static String uniqueEmail(String prefix) {
		return unique(prefix).toLowerCase() + "@test.example";
	}

	/**
	 * The stamp of what a page's form showed (the hidden field {@code stand}), as the
	 * browser sends it back; the page must have exactly one.
	 */
	protected static String stampOn(MvcTestResult page) throws Exception {
		Matcher matcher = STAMP.matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(matcher.find()).as("a stamp on the page").isTrue();
		String stamp = matcher.group(1);
		assertThat(matcher.find()).as("one stamp on the page").isFalse();
		return stamp;
	}

	protected long providerIdOf(String email) {
		return jdbc.queryForObject("select provider_id from user_account where lower(email) = lower(?)", Long.class,
				email);
	}

	/**
	 * The mails GreenMail has received for one address.
	 */
	protected static List<MimeMessage> mailsTo(String address) throws Exception {
		MAIL.waitForIncomingEmail(2000, 1);
		return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * The token of the one-time link in the last mail to the address.
	 */
	protected static String tokenFromLastMailTo(String address) throws Exception {
		List<MimeMessage> mails = mailsTo(address);
		if (mails.isEmpty()) {
			throw new AssertionError("No mail to " + address);
		}
		String body = (String) mails.get(mails.size() - 1).getContent();
		Matcher matcher = LINK.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No link in mail: " + body);
		}
		return matcher.group(1);
	}

	private static GreenMail startMailServer() {
		ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();
		GreenMail greenMail = new GreenMail(setup);
		greenMail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		return greenMail;
	}

}
