package de.pflegeverbund.family;

import java.time.LocalDate;
import java.util.List;

import de.pflegeverbund.assignment.AssignmentKind;
import de.pflegeverbund.assignment.AssignmentView;
import de.pflegeverbund.family.domain.CertificateJobs;
import de.pflegeverbund.family.domain.FamilyDetails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class FamilyRegisterTests extends FamilyTestSupport {

	@Autowired
	CertificateJobs certificateJobs;

	@Test
	void leitungCreatesAFamilyWhichItsCounsellorFindsOnTheHomePage() {
		String name = unique("Familie Anlage");
		MvcTestResult result = mvc.post()
			.uri("/familien/neu")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("name", name)
			.param("street", "Am Kanal 5")
			.param("postalCode", "48155")
			.param("city", "Münster")
			.param("careTypes", "EMERGENCY", "SHORT_TERM")
			.param("places", "2")
			.param("otherChildrenCount", "1")
			.param("otherChildrenAges", "9")
			.param("carePermit", "GRANTED")
			.param("carePermitDate", "2025-03-01")
			.param("adult1Name", "Jana Anlage")
			.param("adult1BirthYear", "1984")
			.param("adult1Qualification", "PEDAGOGICAL")
			.param("adult2Name", "Tom Anlage")
			.param("adult2BirthYear", "1982")
			.param("adult2Qualification", "NONE")
			.param("primaryCounsellorId", String.valueOf(accountId(COUNSELLOR_1)))
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/familien/", ""));

		FamilyDetails details = families.details(user(ADMIN_1), id);
		assertThat(details.family().status()).isEqualTo(FamilyStatus.IN_ASSESSMENT);
		assertThat(details.family().careTypes()).containsExactlyInAnyOrder(CareType.EMERGENCY, CareType.SHORT_TERM);
		assertThat(details.adults()).extracting(a -> a.name()).containsExactly("Jana Anlage", "Tom Anlage");
		assertThat(details.assignments()).singleElement()
			.satisfies(a -> assertThat(a.kind()).isEqualTo(AssignmentKind.PRIMARY));
		assertThat(mvc.get().uri("/fachberatung").with(as(COUNSELLOR_1))).bodyText().contains(name);
		assertThat(mvc.post()
			.uri("/familien")
			.with(as(COUNSELLOR_1))
			.with(csrf())
			.param("text", name.replace(" ", "\u0000 ")))
			.as("a search's control characters are dropped, not sent to PostgreSQL")
			.hasStatusOk()
			.bodyText()
			.contains(name);
		assertThat(mvc.get().uri("/familien/" + id).with(as(COUNSELLOR_1))).hasStatusOk()
			.bodyText()
			.contains("Jana Anlage")
			.contains("Geburtsjahr 1984,")
			.contains("Führungszeugnis fehlt");
	}

	@Test
	void badInputShowsGermanMessagesKeepsTheRestAndStoresNothing() {
		long before = jdbc.queryForObject("select count(*) from foster_family", Long.class);
		MvcTestResult result = mvc.post()
			.uri("/familien/neu")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("name", "Familie <b>Fett</b>")
			.param("postalCode", "4814")
			.param("city", "")
			.param("places", "-1")
			.param("carePermit", "GRANTED")
			.param("street", "Am Kanal\u0000 5")
			.param("adult1Name", "Petra Probe")
			.param("adult1BirthYear", "zwölf")
			.param("adult2BirthYear", "1980")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Bitte geben Sie eine fünfstellige Postleitzahl an.")
			.contains("Bitte geben Sie den Ort an.")
			.contains("Bitte geben Sie die Zahl der Plätze an (0 bis 12).")
			.contains("Bitte wählen Sie mindestens eine Pflegeform.")
			.contains("Bitte geben Sie den Namen der Pflegeperson an.")
			.contains("Bitte wählen Sie eine Fachkraft.")
			.contains("Der Text enthält Steuerzeichen")
			.contains("value=\"Familie &lt;b&gt;Fett&lt;/b&gt;\"")
			.contains("value=\"Petra Probe\"");
		assertThat(jdbc.queryForObject("select count(*) from foster_family", Long.class)).isEqualTo(before);
	}

	@Test
	void statusLifecycleIsEnforcedByTheFamily() {
		long id = familyOf(COUNSELLOR_1, unique("Familie Status"));
		MvcTestResult illegal = changeStatus(id, "OCCUPIED", today());
		assertThat(illegal).hasStatusOk();
		assertThat(illegal).bodyText().contains("Dieser Statuswechsel ist nicht möglich.");

		assertThat(changeStatus(id, "SUITABLE", today().minusDays(3))).hasStatus3xxRedirection();
		FamilyDetails details = families.details(user(ADMIN_1), id);
		assertThat(details.family().status()).isEqualTo(FamilyStatus.SUITABLE);
		assertThat(details.family().suitabilityDate()).isEqualTo(today().minusDays(3));
		assertThat(details.statusHistory()).hasSize(2);
		String lead = user(ADMIN_1).displayName();
		assertThat(details.changedByNames()).containsValue(lead);
		assertThat(mvc.get().uri("/familien/" + id).with(as(COUNSELLOR_1))).bodyText()
			.as("who changed the status, and who is assigned")
			.contains("von " + lead, user(COUNSELLOR_1).displayName());

		assertThat(changeStatus(id, "AVAILABLE", today().plusDays(2))).bodyText()
			.contains("Das Datum darf nicht in der Zukunft liegen.");
		assertThat(changeStatus(id, "ENDED", today())).hasStatus3xxRedirection();
		assertThat(changeStatus(id, "AVAILABLE", today())).bodyText()
			.contains("Dieser Statuswechsel ist nicht möglich.");
		assertThat(families.details(user(ADMIN_1), id).assignments()).allSatisfy(a -> assertThat(a.active()).isFalse());
	}

	@Test
	void placementsArePseudonymisedAndOverOccupationIsWarned() {
		long id = families.create(user(ADMIN_1), household(unique("Familie Platz"), 1, CareType.EMERGENCY),
				accountId(COUNSELLOR_1));
		assertThat(addPlacement(id, "L. M.", "2019")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/familien/" + id).with(as(COUNSELLOR_1))).bodyText()
			.doesNotContain("Achtung: 2 laufende");
		assertThat(addPlacement(id, "K. S.", "2021")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/familien/" + id).with(as(COUNSELLOR_1))).bodyText()
			.contains("Achtung: 2 laufende Pflegeverhältnisse bei nur 1 Plätzen.");

		MvcTestResult invalid = addPlacement(id, "", "1800");
		assertThat(invalid).bodyText()
			.contains("Bitte geben Sie ein Kürzel oder Pseudonym für das Kind an.")
			.contains("Bitte geben Sie ein gültiges Geburtsjahr an.");
		assertThat(jdbc.queryForObject("select count(*) from placement where family_id = ?", Long.class, id))
			.isEqualTo(2);

		long placementId = jdbc.queryForObject("select min(id) from placement where family_id = ?", Long.class, id);
		assertThat(mvc.post()
			.uri("/familien/" + id + "/pflegeverhaeltnisse/" + placementId + "/beenden")
			.with(as(COUNSELLOR_1))
			.with(csrf())
			.param("endedOn", today().toString())
			.param("endReason", "RETURN_TO_PARENTS")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select end_reason from placement where id = ?", String.class, placementId))
			.isEqualTo("RETURN_TO_PARENTS");
		assertThat(changeStatus(id, "ENDED", today())).bodyText().contains("noch laufende Pflegeverhältnisse");
	}

	@Test
	void certificatesKeepThreeFactsAndAppearInTheDueList() {
		long id = familyOf(COUNSELLOR_1, unique("Familie Zeugnis"));
		long adult = families.adultIds(user(ADMIN_1), id).get(0);
		LocalDate old = today().minusYears(5).plusWeeks(4);
		assertThat(mvc.post()
			.uri("/familien/" + id + "/erwachsene/" + adult + "/fuehrungszeugnis")
			.with(as(COUNSELLOR_1))
			.with(csrf())
			.param("inspectedOn", old.plusDays(3).toString())
			.param("certificateDate", old.toString())
			.param("relevantEntry", "false")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForMap(
				"select certificate_inspected_on, certificate_date, certificate_relevant_entry from foster_parent where id = ?",
				adult))
			.containsEntry("certificate_relevant_entry", false);
		assertThat(mvc.get().uri("/familien/fuehrungszeugnisse").with(as(ADMIN_1))).bodyText()
			.contains("Anna Familie Zeugnis")
			.contains("bald fällig");

		MvcTestResult future = mvc.post()
			.uri("/familien/" + id + "/erwachsene/" + adult + "/fuehrungszeugnis")
			.with(as(COUNSELLOR_1))
			.with(csrf())
			.param("inspectedOn", today().plusDays(1).toString())
			.param("certificateDate", today().toString())
			.exchange();
		assertThat(future).bodyText().contains("Bitte geben Sie an, ob eine einschlägige Eintragung vorliegt.");
	}

	@Test
	void theFamilyPageLinksToAPageOfItsOwnForEachChangeAndTheseAnswer404WhereNothingIsToChange() throws Exception {
		long id = familyOf(COUNSELLOR_1, unique("Familie Seiten"));
		long adult = families.adultIds(user(ADMIN_1), id).get(0);
		assertThat(addPlacement(id, "P. S.", "2017")).hasStatus3xxRedirection();
		long placement = jdbc.queryForObject("select id from placement where family_id = ?", Long.class, id);
		String base = "/familien/" + id;
		List<String> pages = List.of(base + "/erwachsene/" + adult + "/fuehrungszeugnis",
				base + "/pflegeverhaeltnisse/" + placement + "/beenden", base + "/pflegeverhaeltnisse/neu",
				base + "/status");
		assertThat(mvc.get().uri(base).with(as(COUNSELLOR_1))).bodyText().doesNotContain("Eingesehen am");
		String detail = mvc.get().uri(base).with(as(COUNSELLOR_1)).exchange().getResponse().getContentAsString();
		pages.forEach(page -> assertThat(detail).contains("href=\"" + page + "\""));
		assertThat(mvc.get().uri(pages.get(0)).with(as(COUNSELLOR_1))).hasStatusOk()
			.bodyText()
			.contains("Führungszeugnis von Anna Familie Seiten", "Eingesehen am", "Einschlägige Eintragung");
		assertThat(mvc.get().uri(pages.get(1)).with(as(COUNSELLOR_1))).hasStatusOk()
			.bodyText()
			.contains("Pflegeverhältnis P. S. beenden", "Grund der Beendigung");
		assertThat(mvc.get().uri(pages.get(2)).with(as(COUNSELLOR_1))).hasStatusOk()
			.bodyText()
			.contains("Belegendes Jugendamt");
		assertThat(mvc.get().uri(pages.get(3)).with(as(COUNSELLOR_1))).hasStatusOk()
			.bodyText()
			.contains("Neuer Status", "in Prüfung");

		// the input kept next to the message
		String invalid = mvc.post()
			.uri(base + "/pflegeverhaeltnisse")
			.with(as(COUNSELLOR_1))
			.with(csrf())
			.param("childAlias", "")
			.param("birthYear", "2016")
			.param("careType", "EMERGENCY")
			.param("placingOffice", "Jugendamt Beispielstadt")
			.param("startedOn", today().toString())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("Bitte geben Sie ein Kürzel oder Pseudonym für das Kind an.",
				"value=\"Jugendamt Beispielstadt\"", "value=\"2016\"");

		// another family's adult, an ended placement: nothing to open
		long other = familyOf(COUNSELLOR_1, unique("Familie Andere"));
		long otherAdult = families.adultIds(user(ADMIN_1), other).get(0);
		assertThat(mvc.get().uri(base + "/erwachsene/" + otherAdult + "/fuehrungszeugnis").with(as(COUNSELLOR_1)))
			.hasStatus(404);
		assertThat(mvc.post()
			.uri(pages.get(1))
			.with(as(COUNSELLOR_1))
			.with(csrf())
			.param("endedOn", today().toString())
			.param("endReason", "RETURN_TO_PARENTS")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(pages.get(1)).with(as(COUNSELLOR_1))).hasStatus(404);
		// sent once more (a second tab): the message, not a missing page
		assertThat(mvc.post()
			.uri(pages.get(1))
			.with(as(COUNSELLOR_1))
			.with(csrf())
			.param("endedOn", today().toString())
			.param("endReason", "RETURN_TO_PARENTS")).hasStatusOk()
			.bodyText()
			.contains("Dieses Pflegeverhältnis ist bereits beendet.");

		// an ended family (its counsellor no longer assigned): no new placement, no
		// certificate, its status final
		assertThat(changeStatus(other, "ENDED", today())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/familien/" + other + "/pflegeverhaeltnisse/neu").with(as(ADMIN_1))).hasStatus(404);
		assertThat(mvc.get()
			.uri("/familien/" + other + "/erwachsene/" + otherAdult + "/fuehrungszeugnis")
			.with(as(ADMIN_1))).hasStatus(404);
		assertThat(mvc.get().uri("/familien/" + other + "/status").with(as(ADMIN_1))).hasStatusOk()
			.bodyText()
			.contains("Die Familie ist beendet; ihr Status kann nicht mehr geändert werden.")
			.doesNotContain("Neuer Status");
	}

	@Test
	void reminderGoesToThePrimaryCounsellorOnceAndFactsAreErasedAfterTheFamilyEnded() throws Exception {
		long id = familyOf(COUNSELLOR_1, unique("Familie Erinnerung"));
		long adult = families.adultIds(user(ADMIN_1), id).get(0);
		LocalDate dated = today().minusYears(5).plusWeeks(3);
		families.recordCertificate(user(ADMIN_1), id, adult, dated.plusDays(1), dated, false);

		int sent = certificateJobs.sendReminders();
		assertThat(sent).isGreaterThanOrEqualTo(1);
		assertThat(mailsTo(COUNSELLOR_1))
			.anySatisfy(mail -> assertThat((String) mail.getContent()).contains("Familie Erinnerung")
				.contains("/familien/" + id));
		long mailsBefore = mailsTo(COUNSELLOR_1).size();
		certificateJobs.sendReminders();
		Thread.sleep(200);
		assertThat(mailsTo(COUNSELLOR_1)).hasSize((int) mailsBefore);

		families.changeStatus(user(ADMIN_1), id, FamilyStatus.ENDED, today().minusMonths(4), null);
		assertThat(certificateJobs.eraseExpired()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("select certificate_date is null from foster_parent where id = ?", Boolean.class,
				adult))
			.isTrue();
	}

	@Test
	void reassigningThePrimaryCounsellorEndsThePreviousAssignment() {
		long id = familyOf(COUNSELLOR_1, unique("Familie Wechsel"));
		long other = jdbc.queryForObject(
				"select id from user_account where provider_id = ? and role = 'COUNSELLOR' and email <> ? order by id limit 1",
				Long.class, providerIdOf(ADMIN_1), COUNSELLOR_1);
		assertThat(mvc.post()
			.uri("/familien/" + id + "/fachberatung")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("counsellorId", String.valueOf(other))
			.param("from", today().toString())).hasStatus3xxRedirection();
		List<AssignmentView> history = families.details(user(ADMIN_1), id).assignments();
		assertThat(history).hasSize(2);
		assertThat(history).filteredOn(AssignmentView::active)
			.singleElement()
			.satisfies(a -> assertThat(a.counsellorId()).isEqualTo(other));
		assertThat(mvc.get().uri("/familien/" + id).with(as(COUNSELLOR_1))).hasStatus(404);

		assertThat(mvc.post()
			.uri("/familien/" + id + "/fachberatung/weitere")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("counsellorId", String.valueOf(accountId(COUNSELLOR_1)))
			.param("kind", "SUBSTITUTE")
			.param("from", today().toString())).bodyText().contains("Eine Vertretung braucht ein Enddatum.");
		assertThat(mvc.post()
			.uri("/familien/" + id + "/fachberatung/weitere")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("counsellorId", String.valueOf(accountId(COUNSELLOR_1)))
			.param("kind", "SUBSTITUTE")
			.param("from", today().toString())
			.param("until", today().plusDays(14).toString())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/familien/" + id).with(as(COUNSELLOR_1))).hasStatusOk();
		assertThat(mvc.post()
			.uri("/familien/" + id + "/fachberatung")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("counsellorId", String.valueOf(accountId(COUNSELLOR_2)))
			.param("from", today().toString())).bodyText()
			.contains("Diese Fachkraft gehört nicht zu Ihrem Träger oder ist deaktiviert.");
	}

	@Test
	void theDatabaseAllowsOnlyOneOpenPrimaryAssignment() {
		long id = familyOf(COUNSELLOR_1, unique("Familie Eindeutig"));
		assertThatThrownBy(() -> jdbc.update("""
				insert into counsellor_assignment (provider_id, family_id, counsellor_id, kind, started_on)
				values (?, ?, ?, 'PRIMARY', current_date)""", providerIdOf(ADMIN_1), id, accountId(ADMIN_1)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void caseloadPageComparesWithTheTarget() {
		for (int i = 0; i < 3; i++) {
			familyOf(COUNSELLOR_1, unique("Familie Last"));
		}
		assertThat(mvc.post().uri("/leitung/fallzahlen/ziel").with(as(ADMIN_1)).with(csrf()).param("target", "10"))
			.hasStatus3xxRedirection();
		MvcTestResult page = mvc.get().uri("/leitung/fallzahlen").with(as(ADMIN_1)).exchange();
		assertThat(page).bodyText().contains("1:10").contains("über dem Schlüssel");
		assertThat(mvc.post().uri("/leitung/fallzahlen/ziel").with(as(ADMIN_1)).with(csrf()).param("target", "13"))
			.flash()
			.containsEntry("failure", "assignment.caseload.invalidTarget");
		mvc.post().uri("/leitung/fallzahlen/ziel").with(as(ADMIN_1)).with(csrf()).param("target", "15").exchange();
	}

	@Test
	void historyShowsWhoChangedWhat() {
		long id = familyOf(COUNSELLOR_1, unique("Familie Verlauf"));
		long version = families.details(user(ADMIN_1), id).family().version();
		assertThat(edit(id, version, "Münster-Hiltrup", COUNSELLOR_1)).hasStatus3xxRedirection();
		MvcTestResult history = mvc.get().uri("/familien/" + id + "/verlauf").with(as(ADMIN_1)).exchange();
		assertThat(history).hasStatusOk();
		assertThat(history).bodyText().contains("Münster-Hiltrup").contains("geändert").contains("angelegt");
		assertThat(mvc.get().uri("/familien/" + id + "/verlauf").with(as(COUNSELLOR_1))).hasStatus(404);
	}

	@Test
	void secondEditorGetsAConflictAndKeepsTheirInput() {
		long id = familyOf(COUNSELLOR_1, unique("Familie Konflikt"));
		long version = families.details(user(ADMIN_1), id).family().version();
		assertThat(edit(id, version, "Telgte", ADMIN_1)).hasStatus3xxRedirection();
		MvcTestResult second = edit(id, version, "Warendorf", COUNSELLOR_1).exchange();
		assertThat(second).hasStatusOk();
		assertThat(second).bodyText()
			.contains("von jemand anderem geändert")
			.contains("value=\"Warendorf\"")
			.contains("Aktuell gespeichert");
		assertThat(families.details(user(ADMIN_1), id).family().city()).isEqualTo("Telgte");
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder edit(long id, long version,
			String city, String editor) {
		return mvc.post()
			.uri("/familien/" + id + "/bearbeiten")
			.with(as(editor))
			.with(csrf())
			.param("name", "Familie " + id)
			.param("postalCode", "48143")
			.param("city", city)
			.param("careTypes", "LONG_TERM")
			.param("places", "2")
			.param("otherChildrenCount", "0")
			.param("carePermit", "PENDING")
			.param("adult1Name", "Anna")
			.param("adult1BirthYear", "1980")
			.param("adult1Qualification", "NONE")
			.param("version", String.valueOf(version));
	}

	private MvcTestResult changeStatus(long id, String status, LocalDate on) {
		return mvc.post()
			.uri("/familien/" + id + "/status")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("status", status)
			.param("statusOn", on.toString())
			.exchange();
	}

	private MvcTestResult addPlacement(long id, String alias, String birthYear) {
		return mvc.post()
			.uri("/familien/" + id + "/pflegeverhaeltnisse")
			.with(as(COUNSELLOR_1))
			.with(csrf())
			.param("childAlias", alias)
			.param("birthYear", birthYear)
			.param("careType", "EMERGENCY")
			.param("placingOffice", "Jugendamt Münster")
			.param("startedOn", today().minusDays(10).toString())
			.exchange();
	}

}
