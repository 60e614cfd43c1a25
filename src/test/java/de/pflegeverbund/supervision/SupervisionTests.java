package de.pflegeverbund.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.family.FamilyPseudonym;
import de.pflegeverbund.meeting.Audience;
import de.pflegeverbund.meeting.MeetingData;
import de.pflegeverbund.meeting.MeetingKind;
import de.pflegeverbund.meeting.MeetingManagement;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Supervision: recording with checked input and the name warning, who reads a session,
 * Arbeitskreise counted from the attendance list and never twice, the quality page with
 * target and CSV, the coordinator's share per Träger, every route for every role.
 */
class SupervisionTests extends PortalIntegrationTest {

	private static final String PASSWORD = "ein langes Supervisions-Passwort";

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	ProviderManagement providers;

	PortalUser user(String email) {
		return (PortalUser) userDetailsService.loadUserByUsername(email);
	}

	String counsellor(long providerId) {
		String email = uniqueEmail("fachkraft");
		accounts.provision(email, unique("Fachkraft"), Role.COUNSELLOR, providerId, PASSWORD);
		return email;
	}

	long id(String email) {
		return user(email).id();
	}

	MvcTestResult post(String as, String kind, String date, String minutes, String topics, String families,
			boolean namesChecked, long... participants) {
		MockMvcRequestBuilder request = mvc.post()
			.uri("/supervision/neu")
			.with(as(as))
			.with(csrf())
			.param("kind", kind)
			.param("heldOn", date)
			.param("durationMinutes", minutes)
			.param("supervisorName", "Dipl.-Psych. R. Albers")
			.param("families", families)
			.param("topics", topics)
			.param("agreements", "Nächster Termin in vier Wochen")
			.param("namesChecked", Boolean.toString(namesChecked));
		for (long participant : participants) {
			request = request.param("participantIds", Long.toString(participant));
		}
		return request.exchange();
	}

	long sessions(String topics) {
		return jdbc.queryForObject("select count(*) from supervision_session where topics = ?", Long.class, topics);
	}

	@Test
	void badInputGetsGermanMessagesAndStoresNothing() {
		String topics = unique("Abgrenzung");
		MvcTestResult bad = post(COUNSELLOR_1, "INDIVIDUAL", today().plusDays(1).toString(), "5", topics, "PF-XYZ",
				false);
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText()
			.contains("nicht in der Zukunft", "Dauer in Minuten an (15 bis 600)", "mindestens eine teilnehmende Person",
					"nur Pseudonyme wie PF-1A2B", "value=\"PF-XYZ\"", topics);
		assertThat(sessions(topics)).isZero();

		long foreignFamily = jdbc.queryForObject("select min(id) from foster_family where provider_id = ?", Long.class,
				providerIdOf(COUNSELLOR_2));
		MvcTestResult foreign = post(COUNSELLOR_1, "CASE", today().toString(), "90", topics,
				FamilyPseudonym.of(foreignFamily), false, id(COUNSELLOR_1), id(COUNSELLOR_2));
		assertThat(foreign).bodyText().contains("nur aktive Mitarbeitende Ihres Trägers");
		MvcTestResult unknownFamily = post(COUNSELLOR_1, "CASE", today().toString(), "90", topics,
				FamilyPseudonym.of(foreignFamily), false, id(COUNSELLOR_1));
		assertThat(unknownFamily).bodyText().contains("keine Familie Ihres Trägers");
		assertThat(sessions(topics)).isZero();
	}

	@Test
	void textsThatLookLikeNamesAreWarnedAboutBeforeSaving() {
		long providerId = providerIdOf(COUNSELLOR_1);
		String parent = jdbc.queryForObject(
				"select name from foster_parent where provider_id = ? and name like '% %' order by id limit 1",
				String.class, providerId);
		String topics = unique("Gespräch mit Frau Schneider über " + parent);
		MvcTestResult warned = post(COUNSELLOR_1, "INDIVIDUAL", today().toString(), "60", topics, "", false,
				id(COUNSELLOR_1));
		assertThat(warned).hasStatusOk();
		assertThat(warned).bodyText().contains("Enthält der Text Namen?", "Frau Schneider", "Trotzdem speichern");
		assertThat(sessions(topics)).isZero();

		long family = jdbc.queryForObject("select min(id) from foster_family where provider_id = ?", Long.class,
				providerId);
		MvcTestResult saved = post(COUNSELLOR_1, "INDIVIDUAL", today().toString(), "60", topics,
				FamilyPseudonym.of(family).toLowerCase(), true, id(COUNSELLOR_1));
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(sessions(topics)).isOne();
		assertThat(mvc.get().uri(saved.getResponse().getRedirectedUrl()).with(as(COUNSELLOR_1))).bodyText()
			.contains(FamilyPseudonym.of(family));
	}

	@Test
	void onlyParticipantsReadASession() {
		long providerId = providerIdOf(COUNSELLOR_1);
		String first = counsellor(providerId);
		String second = counsellor(providerId);
		String outsider = counsellor(providerId);
		String topics = unique("Vertretung im Urlaub");
		MvcTestResult saved = post(first, "PEER", today().toString(), "45", topics, "", false, id(first), id(second));
		String path = saved.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(path).with(as(first))).hasStatusOk().bodyText().contains(topics);
		assertThat(mvc.get().uri(path).with(as(second))).hasStatusOk().bodyText().contains(topics);
		assertThat(mvc.get().uri(path).with(as(outsider))).hasStatus(404);
		assertThat(mvc.get().uri(path).with(as(ADMIN_1))).hasStatus(404);
		assertThat(mvc.get().uri(path).with(as(COUNSELLOR_2))).hasStatus(404);
		assertThat(mvc.get().uri("/supervision").with(as(second))).bodyText()
			.contains(path.substring(path.lastIndexOf('/')));
		assertThat(mvc.get().uri("/supervision").with(as(outsider))).bodyText().doesNotContain("href=\"" + path + "\"");
		assertThat(mvc.get().uri("/leitung/qualitaet").with(as(ADMIN_1))).bodyText().doesNotContain(topics);
	}

	@Test
	void arbeitskreisAttendanceCountsAutomaticallyAndIsNotRecordedTwice() {
		long providerId = providerIdOf(COUNSELLOR_1);
		String member = counsellor(providerId);
		Instant start = Instant.now().minus(3, ChronoUnit.HOURS);
		long meeting = meetings.create(user(ADMIN_1),
				new MeetingData(MeetingKind.WORKING_GROUP, unique("Arbeitskreis Verwandtenpflege"), start,
						start.plus(2, ChronoUnit.HOURS), "Geschäftsstelle", null, null, Audience.STAFF, null, null));
		meetings.addAttendee(user(ADMIN_1), meeting, user(member));

		assertThat(mvc.get().uri("/supervision").with(as(member))).bodyText()
			.contains("Arbeitskreis Verwandtenpflege", "120 Minuten", "2,0 Stunden erfasst");
		String topics = unique("Arbeitskreis doppelt");
		MvcTestResult twice = post(member, "WORKING_GROUP",
				start.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate().toString(), "120", topics, "", false,
				id(member));
		assertThat(twice).hasStatusOk();
		assertThat(twice).bodyText().contains("zählt bereits aus der Anwesenheitsliste");
		assertThat(sessions(topics)).isZero();
	}

	@Test
	void theLeitungSeesWhoIsBehindSetsTheTargetAndExportsCsv() throws Exception {
		ProviderFixture fixture = provider(3);
		MvcTestResult invalid = mvc.post()
			.uri("/leitung/qualitaet/sollstunden")
			.with(as(fixture.lead()))
			.with(csrf())
			.param("hours", "viele")
			.exchange();
		assertThat(invalid).hasStatusOk();
		assertThat(invalid).bodyText().contains("ganze Zahl von 0 bis 500", "value=\"viele\"");
		assertThat(mvc.post()
			.uri("/leitung/qualitaet/sollstunden")
			.with(as(fixture.lead()))
			.with(csrf())
			.param("hours", "10")).hasStatus3xxRedirection();

		String onTrack = fixture.counsellors().get(0);
		for (int i = 0; i < 2; i++) {
			assertThat(post(fixture.lead(), "TEAM", today().toString(), "600", unique("Team"), "", false, id(onTrack)))
				.hasStatus3xxRedirection();
		}
		MvcTestResult page = mvc.get().uri("/leitung/qualitaet").with(as(fixture.lead())).exchange();
		assertThat(page).bodyText().contains("3 Fachkräfte, davon 2 im Rückstand", "20,0", "im Plan");
		MvcTestResult csv = mvc.get().uri("/leitung/qualitaet.csv").with(as(fixture.lead())).exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv).contentType().isEqualTo("text/csv;charset=UTF-8");
		String text = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFFachkraft;").contains(";20,0;10;", "im Rückstand");
		assertThat(text.lines().count()).isEqualTo(4);
	}

	@Test
	void theCoordinatorSeesOnlyTheShareMeetingTheTarget() throws Exception {
		ProviderFixture three = provider(3);
		mvc.post()
			.uri("/leitung/qualitaet/sollstunden")
			.with(as(three.lead()))
			.with(csrf())
			.param("hours", "1")
			.exchange();
		post(three.lead(), "INDIVIDUAL", today().toString(), "120", unique("Einzeln"), "", false,
				id(three.counsellors().get(0)));
		ProviderFixture two = provider(2);
		int year = today().getYear();
		assertThat(supervision.compliance(year).get(three.providerId()))
			.isEqualTo(new Compliance(three.providerId(), 3, 1));

		MvcTestResult page = mvc.get().uri("/koordination/qualitaet").with(as(COORDINATOR)).exchange();
		String body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains(three.name());
		String threeRow = body.substring(body.indexOf(three.name()));
		assertThat(threeRow.substring(0, threeRow.indexOf("</tr>"))).contains("33 %");
		String twoRow = body.substring(body.indexOf(two.name()));
		assertThat(twoRow.substring(0, twoRow.indexOf("</tr>"))).contains("–").doesNotContain("%");
		assertThat(body).doesNotContain(three.counsellors().get(0));
	}

	record ProviderFixture(long providerId, String name, String lead, List<String> counsellors) {
	}

	private ProviderFixture provider(int counsellors) {
		String name = unique("Supervisionsträger");
		long providerId = providers.create(new ProviderData(name, "Hamm", uniqueEmail("traeger"), null, List.of()));
		String lead = uniqueEmail("leitung");
		accounts.provision(lead, unique("Leitung"), Role.PROVIDER_ADMIN, providerId, PASSWORD);
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < counsellors; i++) {
			emails.add(counsellor(providerId));
		}
		return new ProviderFixture(providerId, name, lead, emails);
	}

	static Stream<Arguments> routes() {
		List<Arguments> arguments = new ArrayList<>();
		for (String actor : List.of(COORDINATOR, ADMIN_1, COUNSELLOR_1, COUNSELLOR_2, FAMILY_1, "")) {
			boolean staff = actor.equals(ADMIN_1) || actor.startsWith("fachberatung");
			int staffOnly = staff ? 200 : 404;
			arguments.add(Arguments.of("GET", "/supervision", actor, staffOnly));
			arguments.add(Arguments.of("GET", "/supervision/neu", actor, staffOnly));
			arguments.add(Arguments.of("POST", "/supervision/neu", actor, staffOnly));
			arguments.add(Arguments.of("GET", "/supervision/{id}", actor, actor.equals(COUNSELLOR_1) ? 200 : 404));
			arguments.add(Arguments.of("GET", "/leitung/qualitaet", actor, actor.equals(ADMIN_1) ? 200 : 403));
			arguments.add(Arguments.of("GET", "/leitung/qualitaet.csv", actor, actor.equals(ADMIN_1) ? 200 : 403));
			arguments
				.add(Arguments.of("POST", "/leitung/qualitaet/sollstunden", actor, actor.equals(ADMIN_1) ? 200 : 403));
			arguments.add(Arguments.of("GET", "/koordination/qualitaet", actor, actor.equals(COORDINATOR) ? 200 : 403));
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("routes")
	void everyRouteAnswersOnlyTheAllowed(String method, String path, String actor, int expected) {
		String topics = unique("Matrix");
		String saved = post(COUNSELLOR_1, "INDIVIDUAL", today().toString(), "60", topics, "", false, id(COUNSELLOR_1))
			.getResponse()
			.getRedirectedUrl();
		String uri = path.replace("{id}", saved.substring(saved.lastIndexOf('/') + 1));
		MockMvcRequestBuilder request = "GET".equals(method) ? mvc.get().uri(uri) : mvc.post().uri(uri).with(csrf());
		if (!actor.isEmpty()) {
			request = request.with(as(actor));
		}
		MvcTestResult result = request.exchange();
		int status = result.getResponse().getStatus();
		if (actor.isEmpty()) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
		else if (expected == 200) {
			assertThat(status).isBetween(200, 399);
		}
		else {
			assertThat(status).isEqualTo(expected);
		}
	}

	@Test
	void aTargetFromAStalePageReplacesNoneSavedMeanwhile() throws Exception {
		ProviderFixture fixture = provider(1);
		String stale = stampOn(mvc.get().uri("/leitung/qualitaet").with(as(fixture.lead())).exchange());
		// meanwhile, in another tab
		assertThat(target(fixture.lead(), "30",
				stampOn(mvc.get().uri("/leitung/qualitaet").with(as(fixture.lead())).exchange())))
			.hasStatus3xxRedirection();

		MvcTestResult invalid = mvc.post()
			.uri("/leitung/qualitaet/sollstunden")
			.with(as(fixture.lead()))
			.with(csrf())
			.param("stand", stale)
			.param("hours", "vierzig")
			.exchange();
		assertThat(stampOn(invalid)).as("a mistake shown again keeps the state the form came from").isEqualTo(stale);
		MvcTestResult refused = target(fixture.lead(), "40", stale).exchange();
		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText()
			.contains("Jemand hat die Soll-Stunden inzwischen auf 30 geändert", "value=\"40\"");
		assertThat(supervision.targetHours(fixture.providerId())).isEqualTo(30);

		assertThat(target(fixture.lead(), "30", stale)).as("the target saved meanwhile: nothing lost")
			.hasStatus3xxRedirection();
		assertThat(target(fixture.lead(), "40", stampOn(refused))).as("sent again from the page with the conflict")
			.hasStatus3xxRedirection();
		assertThat(supervision.targetHours(fixture.providerId())).isEqualTo(40);
	}

	private MockMvcRequestBuilder target(String lead, String hours, String stamp) {
		return mvc.post()
			.uri("/leitung/qualitaet/sollstunden")
			.with(as(lead))
			.with(csrf())
			.param("stand", stamp)
			.param("hours", hours);
	}

}
