package de.pflegeverbund;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.security.SignInFlow;
import de.pflegeverbund.inquiry.InquiryManagement;
import de.pflegeverbund.inquiry.InquiryStatus;
import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.HostileInput;
import de.pflegeverbund.support.HtmlForm;
import de.pflegeverbund.support.PortalIntegrationTest;
import de.pflegeverbund.support.Totp;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of the portal, found as its users find them: signed in as each kind of user
 * (and as a visitor), the test follows the links from the home page and collects every
 * form sent by POST. Each form is then
 * <ol>
 * <li>fuzzed: sent with random and hostile values ({@link HostileInput}) in its fields,
 * hidden ones too, fields left out or sent twice — never a 5xx or a stack trace, and a
 * sending that is not accepted (anything but a redirect) changes nothing in the
 * database;</li>
 * <li>sent as a careful user fills it, and then once more (reload, back and send again) —
 * the second sending changes nothing;</li>
 * <li>sent twice at the same moment (double click, two tabs) — as many rows are added as
 * by one sending;</li>
 * <li>where it edits a record with a version, or settings with a stamp of what the form
 * showed (two people with the same form open): the first to save wins, the second is told
 * and overwrites nothing.</li>
 * </ol>
 * Every POST route of the portal must be among the forms found (the answer to a concern
 * without account is on the page that answers its code, and is fuzzed from there). The
 * portal runs on a database of its own here: the forms deactivate, close and delete what
 * they find.
 */
class EveryFormTests extends PortalIntegrationTest {

	private static final int FUZZED_SENDINGS = 6;

	private static final int MAX_PAGES_PER_USER = 250;

	/** Of pages alike (another family, another inquiry): how many with forms. */
	private static final int PAGES_PER_PATTERN = 2;

	/** … and how many at most. */
	private static final int MAX_PAGES_PER_PATTERN = 12;

	/** Where the users start: their home page, and what {@link #arrange()} made. */
	private static final Map<String, List<String>> START = new HashMap<>();

	/** Client addresses of the code lookups (which are limited per address). */
	private static final java.util.concurrent.atomic.AtomicInteger LOOKUPS = new java.util.concurrent.atomic.AtomicInteger();

	/** The code a visitor got for the concern sent in {@link #arrange()}. */
	private static String concernCode;

	/**
	 * Forms whose accepted sending answers with its result rather than a redirect: new
	 * recovery codes are shown once, on the answer itself; the answer to a concern is
	 * shown on the page of its code, which has no address of its own (the code stays out
	 * of addresses).
	 */
	private static final Set<String> ANSWERED_IN_PLACE = Set.of("/konto/zweiter-faktor/wiederherstellungscodes",
			"/anliegen/verlauf/antwort");

	/** The secret of the second factor of the users who have one here. */
	private static final String SECRET = "JBSWY3DPEHPK3PXP";

	/** A counsellor with a second factor, signed in with it. */
	private static final String WITH_SECOND_FACTOR = "zweifaktor-" + ProcessHandle.current().pid() + "@test.example";

	/** A counsellor with a second factor, between password and code. */
	private static final String AT_SECOND_FACTOR = "halb-angemeldet-" + ProcessHandle.current().pid() + "@test.example";

	/** Links not followed: files, the sign-out, the language switch, the health check. */
	private static final List<String> NOT_FOLLOWED = List.of("/logout", "/static/", "/webjars/", "/actuator", "lang=",
			"export", ".csv", ".xlsx", ".pdf", ".ics", "/login");

	/** Actions that end something: tried last, so that the other forms still find it. */
	private static final List<String> ENDING = List.of("zuruecksetzen", "sicherheit", "ablehnen", "loeschen",
			"deaktivieren", "beenden", "absagen", "abschliessen", "entfernen", "abmelden");

	private static ConfigurableApplicationContext portal;

	private static JdbcTemplate database;

	private static int port;

	@Autowired
	Environment environment;

	record Found(String user, HtmlForm form) {
	}

	@AfterAll
	static void stopPortal() {
		if (portal != null) {
			portal.close();
		}
	}

	@Test
	void everyFormWithstandsFuzzingAndRepeatedAndConcurrentSending() throws Exception {
		startPortalOnItsOwnDatabase();
		HostileInput hostile = HostileInput.forTest("EveryFormTests");
		arrange();
		List<String> problems = new ArrayList<>();
		Map<String, String> outcomes = new TreeMap<>();

		Set<String> fuzzedRoutes = new TreeSet<>();
		Set<String> done = new HashSet<>();
		// a second round finds what the first one made: invited accounts, deactivated
		// ones, requests for correction, new contacts still open for editing, …
		for (int round = 1; round <= 2; round++) {
			Map<String, Found> forms = new LinkedHashMap<>();
			boolean firstRound = round == 1;
			for (String user : List.of("", FAMILY_1, COUNSELLOR_1, ADMIN_1, COORDINATOR, WITH_SECOND_FACTOR,
					AT_SECOND_FACTOR)) {
				restoreAccess();
				crawl(user, START.getOrDefault(user, List.of("/"))).forEach((action, form) -> {
					String key = user + " " + routeOf(form.actionPath()) + " " + form.page().replaceAll("\\d+", "");
					if (firstRound || !done.contains(key)) {
						forms.putIfAbsent(user + " " + action, new Found(user, form));
					}
				});
			}
			List<Found> ordered = new ArrayList<>(forms.values());
			ordered.sort(Comparator.comparing(found -> ENDING.stream()
				.filter(found.form().actionPath()::contains)
				.findFirst()
				.map(ENDING::indexOf)
				.orElse(found.form().actionPath().endsWith("/pflegefamilie") ? -2 : -1)));
			System.out.println("EveryFormTests round " + round + ": " + ordered.size() + " forms to send");
			for (Found found : ordered) {
				restoreAccess();
				BrowserlessSession session = signedIn(found.user());
				String what = (found.user().isEmpty() ? "visitor" : found.user()) + " " + found.form();
				String route = routeOf(found.form().actionPath());
				int fuzzed = fuzz(session, found.form(), hostile, what, problems);
				if (fuzzed > 0) {
					fuzzedRoutes.add(route);
					done.add(found.user() + " " + route + " " + found.form().page().replaceAll("\\d+", ""));
				}
				restoreAccess();
				session = signedIn(found.user());
				outcomes.put(what, sendTwice(session, found.form(), hostile, what, problems));
			}
		}

		// the answer to a concern without account is on the page that answers its code
		BrowserlessSession sender = signedIn("");
		if (fuzz(sender, () -> concernReplyForm(sender), hostile, "visitor POST /anliegen/verlauf/antwort",
				problems) > 0) {
			fuzzedRoutes.add("/anliegen/verlauf/antwort");
		}

		System.out.println("EveryFormTests outcomes:");
		outcomes.forEach((form, outcome) -> System.out.println("  " + form + " -> " + outcome));
		Set<String> postRoutes = postRoutes();
		System.out.println("EveryFormTests: " + postRoutes.size() + " POST routes, "
				+ fuzzedRoutes.stream().filter(postRoutes::contains).count() + " of them reached and fuzzed");
		assertThat(problems).as("problems found").isEmpty();
		assertThat(fuzzedRoutes).as("every POST route is found by following links and fuzzed").containsAll(postRoutes);
	}

	/**
	 * Fuzzes one form: each sending from the form as the page gives it anew.
	 * @return how many sendings reached the form's route
	 */
	private int fuzz(BrowserlessSession session, HtmlForm found, HostileInput hostile, String what,
			List<String> problems) {
		return fuzz(session, () -> fresh(session, found), hostile, what, problems);
	}

	/**
	 * Fuzzes one form, each sending from the form as the supplier gets it anew.
	 * @return how many sendings reached the form's route
	 */
	private int fuzz(BrowserlessSession session, java.util.function.Supplier<HtmlForm> anew, HostileInput hostile,
			String what, List<String> problems) {
		int sent = 0;
		for (int i = 0; i < FUZZED_SENDINGS; i++) {
			HtmlForm form = anew.get();
			if (form == null) {
				break;
			}
			HtmlForm fuzzed = form.map((name, value) -> switch (hostile.nextInt(10)) {
				case 0 -> null; // left out
				case 1, 2, 3 -> value;
				default -> hostile.next();
			}, hostile.nextInt(3) == 0);
			Map<String, String> before = fingerprint();
			HttpResponse<String> response = session.send(fuzzed, "X-Forwarded-For", clientAddress(hostile));
			sent++;
			String sending = what + " fuzzed with " + abbreviate(fuzzed.body());
			if (response.statusCode() >= 500 || response.body().contains("Exception")
					|| response.body().contains("at de.pflegeverbund")) {
				problems.add(sending + ": answered " + response.statusCode() + " " + abbreviate(response.body()));
			}
			else if (!accepted(fuzzed, response) && !fingerprint().equals(before)) {
				problems.add(sending + ": not accepted (" + response.statusCode() + ") but changed "
						+ changed(before, fingerprint()));
			}
			else if (accepted(fuzzed, response) && !fingerprint().equals(before)
					&& fuzzed.value("_formular").equals(form.value("_formular"))) {
				// accepted and written (also what ends something: a deactivation, a
				// decision), with the one-time key the page gave: the same sending again
				// changes nothing
				Map<String, String> written = fingerprint();
				HttpResponse<String> again = session.send(fuzzed, "X-Forwarded-For", clientAddress(hostile));
				if (again.statusCode() >= 500 || !written.equals(fingerprint())) {
					problems.add(sending + " sent again: answered " + again.statusCode() + ", changed "
							+ changed(written, fingerprint()));
				}
			}
		}
		return sent;
	}

	/**
	 * Sends the form filled plausibly (and corrected once, as a user would, by emptying
	 * the fields the page marks), then the same again; for a form with a version, a copy
	 * opened before that sending; then a new copy twice at the same moment.
	 * @return what happened, for the log
	 */
	private String sendTwice(BrowserlessSession session, HtmlForm found, HostileInput hostile, String what,
			List<String> problems) throws Exception {
		HtmlForm form = fresh(session, found);
		if (form == null) {
			return "no longer offered";
		}
		HtmlForm secondCopy = fresh(session, found);
		HtmlForm filled = edited(form.plausible());
		Map<String, String> before = fingerprint();
		Map<String, Long> countsBefore = rowCounts();
		HttpResponse<String> first = session.send(filled, "X-Forwarded-For", clientAddress(hostile));
		if (!accepted(filled, first) && !HtmlForm.invalidFieldsOn(first.body()).isEmpty()) {
			for (String invalid : HtmlForm.invalidFieldsOn(first.body())) {
				// a year of birth: an adult's instead of a child's, or the other way
				// round;
				// anything else: left empty
				filled = invalid.toLowerCase(java.util.Locale.ROOT).contains("year")
						? filled.with(invalid,
								filled.value(invalid).equals("1980") ? String.valueOf(today().getYear() - 8) : "1980")
						: filled.with(invalid, "");
			}
			first = session.send(filled, "X-Forwarded-For", clientAddress(hostile));
		}
		if (!accepted(filled, first)) {
			if (first.statusCode() >= 500) {
				problems.add(what + " filled plausibly: answered " + first.statusCode());
			}
			else if (!fingerprint().equals(before)) {
				problems.add(what + " filled plausibly: not accepted (" + first.statusCode() + ") but changed "
						+ changed(before, fingerprint()));
			}
			return "not accepted as filled (" + first.statusCode() + "): "
					+ HtmlForm.problemsOn(first.body()).stream().limit(3).toList();
		}
		Map<String, String> afterFirst = fingerprint();
		Map<String, Long> added = difference(countsBefore, rowCounts());
		HttpResponse<String> again = session.send(filled, "X-Forwarded-For", clientAddress(hostile));
		if (again.statusCode() >= 500 || !afterFirst.equals(fingerprint())) {
			problems.add(what + " sent again: answered " + again.statusCode() + ", changed "
					+ changed(afterFirst, fingerprint()));
		}
		String outcome = "accepted " + added + ", sent again: " + again.statusCode();

		String version = (secondCopy == null) ? null
				: List.of("version", "stand").stream().filter(secondCopy::has).findFirst().orElse(null);
		if (version != null && !secondCopy.value(version).isEmpty()
				&& !withoutKeys(afterFirst).equals(withoutKeys(before))) {
			// two people had the form open; the first saved above, the second saves now
			HtmlForm stale = edited(secondCopy.plausible());
			Map<String, String> beforeStale = fingerprint();
			HttpResponse<String> late = session.send(stale, "X-Forwarded-For", clientAddress(hostile));
			if (late.statusCode() >= 500
					|| (accepted(stale, late) && !withoutKeys(beforeStale).equals(withoutKeys(fingerprint())))) {
				problems.add(what + " saved from a copy opened before the last save: answered " + late.statusCode()
						+ " and changed " + changed(beforeStale, fingerprint()) + " (lost update)");
			}
			outcome += ", stale copy: " + late.statusCode();
		}

		HtmlForm pairForm = fresh(session, found);
		if (pairForm != null) {
			HtmlForm pair = edited(pairForm.plausible());
			for (String corrected : filled.fieldNames()) {
				boolean year = corrected.toLowerCase(java.util.Locale.ROOT).contains("year");
				if ((filled.value(corrected).isEmpty() || year) && pair.has(corrected)
						&& form.value(corrected).isEmpty()) {
					pair = pair.with(corrected, filled.value(corrected)); // as corrected
																			// above
				}
			}
			String client = clientAddress(hostile);
			Map<String, Long> countsBeforePair = rowCounts();
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			HtmlForm twice = pair;
			for (int i = 0; i < 2; i++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					return session.send(twice, "X-Forwarded-For", client);
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (CompletableFuture<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			Map<String, Long> addedByPair = difference(countsBeforePair, rowCounts());
			boolean more = addedByPair.entrySet()
				.stream()
				.anyMatch(entry -> entry.getValue() > Math.max(1, added.getOrDefault(entry.getKey(), 0L)));
			if (statuses.stream().anyMatch(status -> status >= 500) || more
					|| addedByPair.getOrDefault("form_submission", 0L) > 1) {
				problems.add(what + " sent twice at once: answered " + statuses + ", added " + addedByPair
						+ " where one sending added " + added);
			}
			outcome += ", twice at once: " + statuses + " " + addedByPair;
		}
		return outcome;
	}

	/** The answer form on the page that answers the code of the concern sent, or null. */
	private static HtmlForm concernReplyForm(BrowserlessSession sender) {
		HtmlForm lookup = sender.formsOn("/anliegen/verlauf")
			.stream()
			.filter(form -> form.has("code"))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> status = sender.send(lookup.with("code", concernCode), "X-Forwarded-For",
				"10.8." + (LOOKUPS.get() / 250) + "." + (1 + LOOKUPS.getAndIncrement() % 250));
		return HtmlForm.postFormsOf(status.body(), "/anliegen/verlauf")
			.stream()
			.filter(form -> form.actionPath().equals("/anliegen/verlauf/antwort"))
			.findFirst()
			.orElse(null);
	}

	/** The form as its page offers it now (new key, current values), or null. */
	private static HtmlForm fresh(BrowserlessSession session, HtmlForm form) {
		HttpResponse<String> page = session.get(form.page());
		if (page.statusCode() != 200) {
			System.out.println("EveryFormTests: " + form + ": page answered " + page.statusCode() + " "
					+ page.headers().firstValue("Location").orElse(""));
			return null;
		}
		HtmlForm found = HtmlForm.postFormsOf(page.body(), form.page())
			.stream()
			.filter(candidate -> candidate.action().equals(form.action()))
			.findFirst()
			.orElse(null);
		if (found == null) {
			System.out.println("EveryFormTests: " + form + ": not on the page, which has "
					+ HtmlForm.postFormsOf(page.body(), form.page()).stream().map(HtmlForm::action).toList());
		}
		return found;
	}

	/**
	 * A text the user changed: the first free text field (a textarea, else a text field
	 * not for names, addresses or codes) with a value gets another word.
	 */
	private static HtmlForm edited(HtmlForm form) {
		for (String type : List.of("textarea", "text")) {
			for (String name : form.filled()) {
				String lower = name.toLowerCase(java.util.Locale.ROOT);
				if (form.typeOf(name).equals(type) && !form.value(name).isBlank() && !lower.contains("mail")
						&& !lower.contains("code") && !lower.contains("area") && !lower.contains("ages")
						&& !lower.contains("families") && !lower.contains("postal")
						&& (type.equals("textarea") || lower.contains("note") || lower.contains("topic")
								|| lower.contains("title") || lower.contains("description") || lower.equals("name"))) {
					return form.with(name, form.value(name) + " " + HtmlForm.uniqueWord());
				}
			}
		}
		return form;
	}

	/** The forms on the pages the user reaches by following links, by action. */
	private Map<String, HtmlForm> crawl(String user, List<String> start) {
		BrowserlessSession session = signedIn(user);
		Map<String, HtmlForm> forms = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(start);
		Set<String> seen = new HashSet<>(queue);
		Map<String, Integer> perPattern = new HashMap<>();
		Map<String, Integer> withFormsPerPattern = new HashMap<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES_PER_USER) {
			String path = queue.poll();
			if (withFormsPerPattern.getOrDefault(pattern(path), 0) >= PAGES_PER_PATTERN) {
				continue;
			}
			HttpResponse<String> page = session.get(path);
			pages++;
			if (isRedirect(page)) {
				String target = ownPath(page.headers().firstValue("Location").orElse(""));
				if (target != null && seen.add(target)) {
					queue.add(target);
				}
				continue;
			}
			if (page.statusCode() != 200
					|| !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			List<HtmlForm> onPage = HtmlForm.postFormsOf(page.body(), path);
			for (HtmlForm form : onPage) {
				forms.putIfAbsent(form.action(), form);
			}
			if (onPage.stream().anyMatch(form -> !form.actionPath().equals("/logout"))) {
				withFormsPerPattern.merge(pattern(path), 1, Integer::sum);
			}
			if (user.equals(WITH_SECOND_FACTOR) || user.equals(AT_SECOND_FACTOR)) {
				continue; // their own pages only
			}
			for (Element link : HtmlForm.parse(page.body()).select("a[href]")) {
				String target = ownPath(link.attr("href"));
				if (target == null || NOT_FOLLOWED.stream().anyMatch(target::contains)) {
					continue;
				}
				// of pages alike (another family, another inquiry) a few with forms are
				// enough
				String pattern = pattern(target);
				if (withFormsPerPattern.getOrDefault(pattern, 0) < PAGES_PER_PATTERN
						&& perPattern.getOrDefault(pattern, 0) < MAX_PAGES_PER_PATTERN && seen.add(target)) {
					perPattern.merge(pattern, 1, Integer::sum);
					queue.add(target);
				}
			}
		}
		System.out.println("EveryFormTests: " + (user.isEmpty() ? "visitor" : user) + " reached " + pages
				+ " pages with " + forms.size() + " forms");
		return forms;
	}

	private static String pattern(String path) {
		return path.replaceAll("/\\d+", "/{}").replaceAll("\\?.*", "");
	}

	private void startPortalOnItsOwnDatabase() {
		String url = environment.getRequiredProperty("spring.datasource.url");
		String name = "every_form_" + ProcessHandle.current().pid();
		jdbc.execute("drop database if exists " + name);
		jdbc.execute("create database " + name);
		String ownUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		portal = new SpringApplicationBuilder(PortalApplication.class).profiles("test", "demo")
			.run("--server.port=0", "--spring.datasource.url=" + ownUrl, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + MAIL.getSmtp().getPort(), "--portal.inquiry.min-fill-time=0s",
					"--portal.inquiry.submissions-per-client=1000", "--portal.meeting.registrations-per-client=1000",
					"--portal.account.login-throttle.max-failures-per-account=100000",
					"--portal.account.login-throttle.max-failures-per-client=100000",
					// no nightly job may change the database between two looks at it
					"--portal.family.certificate-job-cron=-", "--portal.inquiry.retention-job-cron=-",
					"--portal.meeting.retention-job-cron=-", "--portal.cooperation.retention-job-cron=-",
					"--portal.forms.key-job-cron=-");
		port = Integer.parseInt(portal.getEnvironment().getRequiredProperty("local.server.port"));
		database = ownerJdbc(portal.getEnvironment());
	}

	private static BrowserlessSession signedIn(String user) {
		BrowserlessSession session = new BrowserlessSession(port);
		if (user.equals(WITH_SECOND_FACTOR) || user.equals(AT_SECOND_FACTOR)) {
			HttpResponse<String> password = session.submitLogin(user, DEMO_PASSWORD);
			assertThat(password.headers().firstValue("Location").orElse("")).endsWith(SignInFlow.SECOND_FACTOR_PAGE);
			if (user.equals(WITH_SECOND_FACTOR)) {
				HtmlForm code = session.formsOn(SignInFlow.SECOND_FACTOR_PAGE)
					.stream()
					.filter(form -> form.has("code"))
					.findFirst()
					.orElseThrow();
				assertThat(session.send(code.with("code", Totp.code(SECRET, java.time.Instant.now()))).statusCode())
					.isEqualTo(302);
			}
			return session;
		}
		return user.isEmpty() ? session : session.login(user, DEMO_PASSWORD);
	}

	/**
	 * What the demo network lacks for some forms to be offered, or has too little of: a
	 * suitable inquiry (to be made a family), colleagues with a second factor (to be
	 * reset by the Leitung and by the coordinator), a concern addressed to the
	 * Landesjugendamt, a third request for cooperation (the first two are accepted before
	 * one is declined).
	 */
	private static void arrange() throws Exception {
		BrowserlessSession visitor = new BrowserlessSession(port);
		for (String path : List.of("/anliegen", "/kooperation")) {
			HtmlForm form = visitor.formsOn(path)
				.stream()
				.filter(f -> f.actionPath().equals(path))
				.findFirst()
				.orElseThrow();
			HttpResponse<String> sent = visitor.send(form.plausible().with("website", ""), "X-Forwarded-For",
					"10.9.9.9");
			assertThat(sent.statusCode()).as(path + " " + HtmlForm.problemsOn(sent.body())).isEqualTo(302);
			if (path.equals("/anliegen")) {
				java.util.regex.Matcher code = java.util.regex.Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")
					.matcher(visitor.get("/anliegen/eingegangen").body());
				assertThat(code.find()).as("the code of the concern").isTrue();
				concernCode = code.group();
			}
		}
		UserDetailsService users = portal.getBean(UserDetailsService.class);
		PortalUser lead = (PortalUser) users.loadUserByUsername(ADMIN_1);
		long provider = database.queryForObject("select provider_id from user_account where email = ?", Long.class,
				ADMIN_1);
		String colleague = "kollegin-" + ProcessHandle.current().pid() + "@lja.example";
		portal.getBean(AccountManagement.class)
			.provision(colleague, "Kollegin Koordination", Role.COORDINATOR, null, "ein langes Probe-Passwort");
		for (String user : List.of(WITH_SECOND_FACTOR, AT_SECOND_FACTOR)) {
			portal.getBean(AccountManagement.class)
				.provision(user, "Zweiter Faktor", Role.COUNSELLOR, provider, DEMO_PASSWORD);
		}
		// their own pages only: the rest of a counsellor's is covered above
		START.put(WITH_SECOND_FACTOR, List.of("/konto/zweiter-faktor"));
		START.put(AT_SECOND_FACTOR, List.of(SignInFlow.SECOND_FACTOR_PAGE));
		// who forgets the password (and whose new one the fuzzing may set)
		String forgetful = "vergesslich-" + ProcessHandle.current().pid() + "@test.example";
		portal.getBean(AccountManagement.class)
			.provision(forgetful, "Vergessliche Fachkraft", Role.COUNSELLOR, provider, "ein langes Probe-Passwort");
		database.update("""
				update user_account set totp_secret = 'JBSWY3DPEHPK3PXP', totp_enrolled_at = now()
				where email = ? or id = (select min(id) from user_account where provider_id = ? and role = 'COUNSELLOR'
				and email not in (?, ?))""", colleague, provider, COUNSELLOR_1, COUNSELLOR_2);
		long inquiry = database.queryForObject(
				"select min(id) from inquiry where provider_id = ? and family_id is null and status = 'NEW'",
				Long.class, provider);
		long counsellor = database.queryForObject("select id from user_account where email = ?", Long.class,
				COUNSELLOR_1);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(lead, null, lead.getAuthorities()));
		try {
			InquiryManagement inquiries = portal.getBean(InquiryManagement.class);
			inquiries.assign(lead, inquiry, counsellor);
			inquiries.changeStatus(lead, inquiry, InquiryStatus.ASSESSMENT, today(), null);
			inquiries.changeStatus(lead, inquiry, InquiryStatus.SUITABLE, today(), null);
			START.put(ADMIN_1, List.of("/", "/anfragen/" + inquiry));
			// a Träger and one of its Leitungen deactivated, so that the coordinator
			// finds
			// them to be activated again, whichever Träger the lists show first
			long dormant = database.queryForObject("""
					select min(p.id) from provider p where p.id not in (select provider_id from user_account
					where email in (?, ?, ?, ?) and provider_id is not null)""", Long.class, ADMIN_1, COUNSELLOR_1,
					COUNSELLOR_2, FAMILY_1);
			database.update("update provider set active = false where id = ?", dormant);
			database.update("""
					update user_account set active = false where id = (select min(id) from user_account
					where provider_id = ? and role = 'PROVIDER_ADMIN')""", dormant);
			START.put(COORDINATOR,
					List.of("/", "/koordination/traeger/" + dormant, "/koordination/traeger/" + dormant + "/leitung"));
			START.put("",
					List.of("/", linkFromMail(visitor, "/passwort-vergessen", "email", forgetful, "/konto/passwort/"),
							linkFromMail(visitor, externalRegistration(visitor), "email",
									"extern-" + ProcessHandle.current().pid() + "@test.example",
									"/veranstaltungen/anmeldung/")));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Sends a public form with the e-mail address given and returns the path of the link
	 * in the mail that follows (a one-time link, reached from no page).
	 */
	private static String linkFromMail(BrowserlessSession visitor, String page, String field, String address,
			String linkStart) throws Exception {
		MAIL.purgeEmailFromAllMailboxes();
		HtmlForm form = visitor.formsOn(page)
			.stream()
			.filter(f -> f.has(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form with " + field + " on " + page));
		HttpResponse<String> sent = visitor.send(form.plausible().with(field, address), "X-Forwarded-For", "10.9.9.10");
		assertThat(sent.statusCode()).as(page + " " + HtmlForm.problemsOn(sent.body())).isEqualTo(302);
		MAIL.waitForIncomingEmail(5000, 1);
		for (jakarta.mail.internet.MimeMessage mail : MAIL.getReceivedMessages()) {
			String body = textOf(mail);
			java.util.regex.Matcher link = java.util.regex.Pattern
				.compile(java.util.regex.Pattern.quote(linkStart) + "[A-Za-z0-9_-]+")
				.matcher(body);
			if (link.find()) {
				return link.group();
			}
		}
		throw new AssertionError("no link " + linkStart + " in the mail after " + page);
	}

	/** All text of a mail, its parts decoded. */
	private static String textOf(jakarta.mail.Part part) throws Exception {
		Object content = part.getContent();
		if (content instanceof jakarta.mail.Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(textOf(multipart.getBodyPart(i))).append('\n');
			}
			return text.toString();
		}
		return (content instanceof String text) ? text : "";
	}

	/** The page of an event open to external professionals. */
	private static String externalRegistration(BrowserlessSession visitor) {
		for (Element link : HtmlForm.parse(visitor.get("/veranstaltungen").body())
			.select("a[href^=/veranstaltungen/]")) {
			String path = link.attr("href");
			if (path.matches("/veranstaltungen/\\d+")
					&& visitor.formsOn(path).stream().anyMatch(form -> form.actionPath().endsWith("/anmeldung"))) {
				return path;
			}
		}
		throw new AssertionError("no event open to external professionals");
	}

	/**
	 * Undoes what the forms did to the demo users' access: deactivated accounts and their
	 * Träger, a required second factor.
	 */
	private static void restoreAccess() {
		database.update("""
				update provider set active = true where not active and id in
				(select provider_id from user_account where email in (?, ?, ?, ?))""", ADMIN_1, COUNSELLOR_1,
				COUNSELLOR_2, FAMILY_1);
		database.update("update user_account set active = true where email in (?, ?, ?, ?, ?, ?, ?) and not active",
				COORDINATOR, ADMIN_1, COUNSELLOR_1, COUNSELLOR_2, FAMILY_1, WITH_SECOND_FACTOR, AT_SECOND_FACTOR);
		database.update("delete from second_factor_requirement");
		// a second factor set up (again: the forms reset and remove it), its last code
		// forgotten so that the next sign-in may use the current one
		database.update("""
				update user_account set totp_secret = ?, totp_enrolled_at = coalesce(totp_enrolled_at, now()),
				totp_last_step = null where email in (?, ?)""", SECRET, WITH_SECOND_FACTOR, AT_SECOND_FACTOR);
	}

	/** The route (pattern of the request mapping) of a path sent by POST. */
	private static String routeOf(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return mappings().stream()
			.filter(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(container))
			.min(Comparator.comparing(pattern -> PathPatternParser.defaultInstance.parse(pattern),
					PathPattern.SPECIFICITY_COMPARATOR))
			.orElse(path);
	}

	private static Set<String> postRoutes() {
		return new TreeSet<>(mappings());
	}

	private static List<String> mappings() {
		RequestMappingHandlerMapping handlerMapping = portal.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		List<String> patterns = new ArrayList<>();
		handlerMapping.getHandlerMethods().forEach((info, method) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)
					&& !method.getBeanType().getName().contains("Test")) {
				patterns.addAll(info.getPatternValues());
			}
		});
		return patterns;
	}

	/**
	 * Per table a checksum of all its rows; the audit log, the sessions and the job locks
	 * change with every request and are left out.
	 */
	private static Map<String, String> fingerprint() {
		String sql = tables().stream()
			.map(t -> "select '" + t + "', md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from \"" + t
					+ "\" x")
			.collect(Collectors.joining(" union all "));
		Map<String, String> sums = new TreeMap<>();
		database.query(sql, rs -> {
			sums.put(rs.getString(1), rs.getString(2));
		});
		return sums;
	}

	private static Map<String, Long> rowCounts() {
		String sql = tables().stream()
			.map(t -> "select '" + t + "', count(*) from \"" + t + "\"")
			.collect(Collectors.joining(" union all "));
		Map<String, Long> counts = new TreeMap<>();
		database.query(sql, rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	private static List<String> tables() {
		return database.queryForList("""
				select table_name from information_schema.tables where table_schema = 'public'
				and table_type = 'BASE TABLE' and table_name not in ('audit_event', 'spring_session',
				'spring_session_attributes', 'shedlock', 'flyway_schema_history') order by 1""", String.class);
	}

	private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> difference = new TreeMap<>();
		after.forEach((table, count) -> {
			long delta = count - before.getOrDefault(table, 0L);
			if (delta != 0) {
				difference.put(table, delta);
			}
		});
		return difference;
	}

	private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
		return after.keySet()
			.stream()
			.filter(table -> !after.get(table).equals(before.get(table)))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Whether the portal accepted a sending: it leads elsewhere, or, for a form that
	 * shows its result at once, answers with it.
	 */
	private static boolean accepted(HtmlForm form, HttpResponse<String> response) {
		return isRedirect(response)
				|| (response.statusCode() == 200 && ANSWERED_IN_PLACE.contains(routeOf(form.actionPath())));
	}

	/** The tables without the one-time keys of the forms, which every sending adds to. */
	private static Map<String, String> withoutKeys(Map<String, String> fingerprint) {
		Map<String, String> tables = new TreeMap<>(fingerprint);
		tables.remove("form_submission");
		return tables;
	}

	private static boolean isRedirect(HttpResponse<String> response) {
		return response.statusCode() / 100 == 3;
	}

	private static String ownPath(String href) {
		if (href.startsWith("http://localhost:" + port)) {
			href = href.substring(("http://localhost:" + port).length());
		}
		if (!href.startsWith("/") || href.startsWith("//")) {
			return null;
		}
		int fragment = href.indexOf('#');
		return (fragment < 0) ? href : href.substring(0, fragment);
	}

	private static String clientAddress(HostileInput hostile) {
		return "10." + hostile.nextInt(256) + "." + hostile.nextInt(256) + "." + (1 + hostile.nextInt(250));
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
