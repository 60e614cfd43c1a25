package de.pflegeverbund.visit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.family.CarePermit;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.HouseholdData;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class VisitLogTests extends PortalIntegrationTest {

	@Autowired
	FamilyManagement families;

	@Autowired
	VisitManagement visits;

	@Test
	void counsellorRecordsAContactOnceEvenWhenSubmittedTwice() {
		long family = family(CareType.LONG_TERM);
		UUID key = UUID.randomUUID();
		MvcTestResult first = save(family, key, LocalDateTime.now(VisitManagement.ZONE).minusHours(2), "45",
				"Schule, Umgang");
		assertThat(first).hasStatus3xxRedirection();
		MvcTestResult second = save(family, key, LocalDateTime.now(VisitManagement.ZONE).minusHours(2), "45",
				"Schule, Umgang");
		assertThat(second).redirectedUrl().isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(count(family)).isEqualTo(1);

		MvcTestResult history = mvc.get().uri("/familien/" + family + "/kontakte").with(as(COUNSELLOR_1)).exchange();
		assertThat(history).bodyText().contains("Hausbesuch").contains("Schule, Umgang");
		java.time.LocalDate visitDay = LocalDateTime.now(VisitManagement.ZONE).minusHours(2).toLocalDate();
		String today = visitDay.toString();
		String yesterday = visitDay.minusDays(1).toString();
		assertThat(mvc.get().uri("/familien/" + family + "/kontakte?art=PHONE").with(as(COUNSELLOR_1))).bodyText()
			.doesNotContain("Schule, Umgang");
		assertThat(mvc.get().uri("/familien/" + family + "/kontakte?bis=" + yesterday).with(as(COUNSELLOR_1)))
			.bodyText()
			.doesNotContain("Schule, Umgang");
		assertThat(mvc.get()
			.uri("/familien/" + family + "/kontakte?von=" + yesterday + "&bis=" + today + "&art=HOME_VISIT")
			.with(as(COUNSELLOR_1))).bodyText().contains("Schule, Umgang");
		assertThat(mvc.get().uri(first.getResponse().getRedirectedUrl()).with(as(ADMIN_1))).hasStatusOk()
			.bodyText()
			.contains("Ein sehr langer Bericht");
	}

	@Test
	void aKeyOfAnotherFamilysContactIsReplacedNotRefused() {
		long family = family(CareType.LONG_TERM);
		long other = family(CareType.LONG_TERM);
		UUID key = UUID.randomUUID();
		LocalDateTime when = LocalDateTime.now(VisitManagement.ZONE).minusHours(3);
		MvcTestResult first = save(family, key, when, "30", "Erster");

		MvcTestResult tampered = save(other, key, when, "30", "Zweiter");

		assertThat(tampered).hasStatus3xxRedirection();
		assertThat(tampered.getResponse().getRedirectedUrl()).startsWith("/familien/" + other + "/kontakte/")
			.isNotEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(count(family)).isEqualTo(1);
		assertThat(count(other)).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedWithMessagesAndNothingIsStored() throws Exception {
		long family = family(CareType.LONG_TERM);
		MvcTestResult missingDate = post(family).param("submissionKey", UUID.randomUUID().toString())
			.param("durationMinutes", "-5")
			.param("kind", "HOME_VISIT")
			.param("childSpokenAlone", "true")
			.param("topics", "bleibt erhalten")
			.exchange();
		assertThat(missingDate).hasStatusOk();
		assertThat(missingDate).bodyText()
			.contains("Bitte geben Sie Datum und Uhrzeit des Kontakts an.")
			.contains("Bitte geben Sie die Dauer in Minuten an (1 bis 720).")
			.contains("value=\"bleibt erhalten\"");
		MvcTestResult hugeNote = post(family).param("submissionKey", UUID.randomUUID().toString())
			.param("occurredAt", LocalDateTime.now(VisitManagement.ZONE).minusHours(1).withNano(0).toString())
			.param("durationMinutes", "30")
			.param("kind", "PHONE")
			.param("childSpokenAlone", "false")
			.param("internalNotes", "x".repeat(100_000))
			.exchange();
		assertThat(hugeNote).bodyText().contains("Bitte höchstens 20000 Zeichen eingeben.");
		MvcTestResult nul = save(family, UUID.randomUUID(), LocalDateTime.now(VisitManagement.ZONE).minusDays(1), "30",
				"Schule\u0000");
		assertThat(nul).as("PostgreSQL cannot store a NUL: the topics once answered 500")
			.hasStatusOk()
			.bodyText()
			.contains("Der Text enthält Steuerzeichen")
			.contains("Ein sehr langer Bericht");
		MvcTestResult tampered = post(family).param("submissionKey", UUID.randomUUID().toString())
			.param("occurredAt", LocalDateTime.now(VisitManagement.ZONE).minusHours(2).withNano(0).toString())
			.param("durationMinutes", "30")
			.param("kind", "HOME_VISIT")
			.param("participants", "Karin\u0000Kontakt")
			.param("childSpokenAlone", "true")
			.param("topics", "bleibt erhalten")
			.exchange();
		assertThat(tampered).as("a checkbox's value no page offers")
			.hasStatusOk()
			.bodyText()
			.contains("Der Text enthält Steuerzeichen")
			.contains("value=\"bleibt erhalten\"");
		Document again = Jsoup.parse(tampered.getResponse().getContentAsString());
		assertThat(again.select("input[name=kind][checked]")).as("the choices made are kept")
			.singleElement()
			.satisfies(kind -> assertThat(kind.val()).isEqualTo("HOME_VISIT"));
		assertThat(again.select("input[name=childSpokenAlone][checked]")).singleElement()
			.satisfies(alone -> assertThat(alone.val()).isEqualTo("true"));
		assertThat(again.select("input[name=concern][checked], input[name=shareSummary][checked]")).isEmpty();
		assertThat(again.select("label[for=kind-HOME_VISIT]").text()).isNotBlank();
		MvcTestResult crowded = post(family).param("submissionKey", UUID.randomUUID().toString())
			.param("occurredAt", LocalDateTime.now(VisitManagement.ZONE).minusHours(2).withNano(0).toString())
			.param("durationMinutes", "30")
			.param("kind", "HOME_VISIT")
			.param("participants", "P".repeat(120), "Q".repeat(120), "Pflegekind")
			.param("otherParticipants", "Jugendamt, ".repeat(40))
			.param("childSpokenAlone", "true")
			.exchange();
		assertThat(crowded).as("ticked and other participants together longer than the contact keeps")
			.hasStatusOk()
			.bodyText()
			.contains("Die Beteiligten sind zusammen zu lang (höchstens 500 Zeichen).");
		MvcTestResult future = save(family, UUID.randomUUID(), LocalDateTime.now(VisitManagement.ZONE).plusDays(30),
				"30", "");
		assertThat(future).bodyText().contains("Ein erfolgter Kontakt kann nicht in der Zukunft liegen.");
		assertThat(count(family)).isZero();
	}

	@Test
	void homePageListsOverdueFamiliesFirst() {
		long emergency = family(CareType.EMERGENCY);
		long longTerm = family(CareType.LONG_TERM);
		save(emergency, UUID.randomUUID(), LocalDateTime.now(VisitManagement.ZONE).minusDays(20), "30", "");
		save(longTerm, UUID.randomUUID(), LocalDateTime.now(VisitManagement.ZONE).minusDays(20), "30", "");
		List<DueItem> due = visits.dueList(user(COUNSELLOR_1));
		DueItem emergencyItem = due.stream().filter(item -> item.familyId() == emergency).findFirst().orElseThrow();
		DueItem longTermItem = due.stream().filter(item -> item.familyId() == longTerm).findFirst().orElseThrow();
		assertThat(emergencyItem.daysOverdue()).isEqualTo(6);
		assertThat(longTermItem.overdue()).isFalse();
		assertThat(due.indexOf(emergencyItem)).isLessThan(due.indexOf(longTermItem));
		assertThat(due).isSortedAccordingTo(java.util.Comparator.comparing(DueItem::dueOn));
		assertThat(mvc.get().uri("/fachberatung").with(as(COUNSELLOR_1))).bodyText().contains("6 Tage überfällig");
	}

	@Test
	void authorEditsDuringTheGracePeriodThenOnlyAmendmentsArePossible() {
		long family = family(CareType.SHORT_TERM);
		String location = save(family, UUID.randomUUID(), LocalDateTime.now(VisitManagement.ZONE).minusHours(3), "30",
				"Erstfassung")
			.getResponse()
			.getRedirectedUrl();
		long visitId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long version = jdbc.queryForObject("select version from visit where id = ?", Long.class, visitId);
		assertThat(edit(family, visitId, version, COUNSELLOR_1, "Zweitfassung")).hasStatus3xxRedirection();
		assertThat(edit(family, visitId, version + 1, ADMIN_1, "Fremdfassung")).bodyText()
			.contains("Bearbeitungsfrist");

		jdbc.update("update visit set created_at = now() - interval '73 hours' where id = ?", visitId);
		assertThat(edit(family, visitId, version + 1, COUNSELLOR_1, "Zu spät")).bodyText()
			.contains("Bearbeitungsfrist");
		assertThat(jdbc.queryForObject("select topics from visit where id = ?", String.class, visitId))
			.isEqualTo("Zweitfassung");

		assertThat(mvc.post()
			.uri("/familien/" + family + "/kontakte/" + visitId + "/nachtrag")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("text", "Nachtrag\u0000 mit NUL")).flash()
			.as("a control character (PostgreSQL cannot even store NUL) is refused with a message, found by fuzzing")
			.containsEntry("failure", "visit.amendment.invalid");
		assertThat(mvc.post()
			.uri("/familien/" + family + "/kontakte/" + visitId + "/nachtrag")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("text", "Nachtrag der Leitung")).hasStatus3xxRedirection();
		String counsellor = displayName(COUNSELLOR_1);
		String leitung = displayName(ADMIN_1);
		// the author's own name comes from the session, the other one from the database
		assertThat(mvc.get().uri("/familien/" + family + "/kontakte/" + visitId).with(as(COUNSELLOR_1))).bodyText()
			.contains("Nachtrag der Leitung")
			.contains("Zweitfassung")
			.contains("erfasst von " + counsellor)
			.contains("erfasst von " + leitung);
		assertThat(mvc.get().uri("/familien/" + family + "/kontakte/" + visitId).with(as(ADMIN_1))).bodyText()
			.contains("erfasst von " + counsellor)
			.contains("erfasst von " + leitung);
	}

	private String displayName(String email) {
		return jdbc.queryForObject("select display_name from user_account where email = ?", String.class, email);
	}

	@Test
	void foreignCounsellorsAndOtherTraegerGet404() {
		long family = family(CareType.LONG_TERM);
		String location = save(family, UUID.randomUUID(), LocalDateTime.now(VisitManagement.ZONE).minusHours(1), "30",
				"geheim")
			.getResponse()
			.getRedirectedUrl();
		String unassigned = uniqueEmail("nicht-zugeordnet");
		accounts.provision(unassigned, "Nicht Zugeordnet", Role.COUNSELLOR, providerIdOf(ADMIN_1),
				"ein langes Fremd-Passwort");
		for (String outsider : List.of(unassigned, COUNSELLOR_2, FAMILY_1, COORDINATOR)) {
			assertThat(mvc.get().uri("/familien/" + family + "/kontakte").with(as(outsider))).hasStatus(404);
			assertThat(mvc.get().uri("/familien/" + family + "/kontakte/neu").with(as(outsider))).hasStatus(404);
			assertThat(mvc.get().uri(location).with(as(outsider))).hasStatus(404);
			assertThat(post(family).with(as(outsider))
				.param("submissionKey", UUID.randomUUID().toString())
				.param("occurredAt", LocalDateTime.now(VisitManagement.ZONE).minusHours(1).withNano(0).toString())
				.param("durationMinutes", "30")
				.param("kind", "PHONE")
				.param("childSpokenAlone", "false")).hasStatus(404);
		}
		assertThat(mvc.get().uri("/familien/" + family + "/kontakte").with(as(ADMIN_1))).hasStatusOk();
		assertThat(mvc.get().uri("/familien/" + family + "/kontakte")).hasStatus3xxRedirection();
		assertThat(count(family)).isEqualTo(1);
	}

	@Test
	void concernFlagOpensARiskAssessmentThatOnlyTheLeitungCloses() throws Exception {
		long family = family(CareType.EMERGENCY);
		MvcTestResult saved = post(family).param("submissionKey", UUID.randomUUID().toString())
			.param("occurredAt", LocalDateTime.now(VisitManagement.ZONE).minusHours(1).withNano(0).toString())
			.param("durationMinutes", "90")
			.param("kind", "CRISIS_INTERVENTION")
			.param("childSpokenAlone", "true")
			.param("concern", "true")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		long assessment = jdbc.queryForObject("select id from risk_assessment where family_id = ?", Long.class, family);
		assertThat(mailsTo(ADMIN_1)).anySatisfy(mail -> {
			assertThat(mail.getSubject()).contains("§ 8a");
			assertThat((String) mail.getContent()).contains("/leitung/gefaehrdungseinschaetzungen/" + assessment)
				.doesNotContain("Familie Kontakt");
		});
		assertThat(mvc.get().uri("/leitung").with(as(ADMIN_1))).bodyText().contains("offene Meldung");

		String url = "/leitung/gefaehrdungseinschaetzungen/" + assessment;
		assertThat(mvc.get().uri("/leitung/gefaehrdungseinschaetzungen").with(as(ADMIN_1))).hasStatusOk()
			.bodyText()
			.contains("offen");
		assertThat(mvc.get().uri(url).with(as(ADMIN_1))).hasStatusOk()
			.bodyText()
			.contains("Insoweit erfahrene Fachkraft");
		assertThat(mvc.get().uri(url).with(as(COUNSELLOR_1))).hasStatus(403);
		String otherLead = uniqueEmail("leitung-fremd");
		accounts.provision(otherLead, "Fremde Leitung", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				"ein langes Fremd-Passwort");
		assertThat(mvc.get().uri(url).with(as(otherLead))).hasStatus(404);
		assertThat(mvc.post().uri(url + "/abschliessen").with(as(otherLead)).with(csrf()).param("reason", "x"))
			.hasStatus(404);

		assertThat(mvc.post()
			.uri(url)
			.with(as(ADMIN_1))
			.with(csrf())
			.param("secondReviewer", "Frau Dr. Zweitsicht")
			.param("outcome", "Keine akute Gefährdung, Schutzplan vereinbart.")
			.param("youthOfficeInformedOn", today().toString())).hasStatus3xxRedirection();
		long version = jdbc.queryForObject("select version from risk_assessment where id = ?", Long.class, assessment);
		assertThat(mvc.post()
			.uri(url)
			.with(as(ADMIN_1))
			.with(csrf())
			.param("outcome", "Von einer zweiten Leitung, die die Seite vor dem Speichern geöffnet hatte")
			.param("version", Long.toString(version - 1))).flash()
			.as("a save from a page opened before the last save overwrites nothing")
			.containsEntry("failure", "visit.risk.conflict");
		assertThat(jdbc.queryForObject("select outcome from risk_assessment where id = ?", String.class, assessment))
			.isEqualTo("Keine akute Gefährdung, Schutzplan vereinbart.");
		assertThat(mvc.post().uri(url + "/abschliessen").with(as(ADMIN_1)).with(csrf()).param("reason", " ")).flash()
			.containsEntry("failure", "visit.risk.reasonRequired");
		assertThat(mvc.post().uri(url + "/abschliessen").with(as(ADMIN_1)).with(csrf()).param("reason", "Grund\u0000"))
			.flash()
			.containsEntry("failure", "visit.risk.reasonRequired");
		assertThat(mvc.post().uri(url).with(as(ADMIN_1)).with(csrf()).param("outcome", "Ergebnis\u0000")).flash()
			.containsEntry("failure", "visit.risk.invalid");
		assertThat(mvc.post()
			.uri(url + "/abschliessen")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("reason", "Einschätzung abgeschlossen, Hilfeplan angepasst.")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForMap(
				"select second_reviewer, closed_at is not null as closed from risk_assessment where id = ?",
				assessment))
			.containsEntry("second_reviewer", "Frau Dr. Zweitsicht")
			.containsEntry("closed", true);
		assertThat(mvc.get().uri(url).with(as(ADMIN_1))).hasStatusOk()
			.bodyText()
			.contains("Einschätzung abgeschlossen, Hilfeplan angepasst.");
	}

	@Autowired
	de.pflegeverbund.account.AccountManagement accounts;

	@Test
	void contactLogIsAvailableAsPdfWithoutInternalNotes() throws Exception {
		long family = family(CareType.PROFESSIONAL);
		save(family, UUID.randomUUID(), LocalDateTime.now(VisitManagement.ZONE).minusDays(3), "60",
				"Übergang in die Kita");
		MvcTestResult pdf = mvc.get()
			.uri("/familien/" + family + "/kontakte/protokoll.pdf")
			.with(as(COUNSELLOR_1))
			.exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Kontaktprotokoll Familie Kontakt")
				.contains("Übergang in die Kita")
				.doesNotContain("Ein sehr langer Bericht");
		}
		assertThat(mvc.get().uri("/familien/" + family + "/kontakte/protokoll.pdf").with(as(COUNSELLOR_2)))
			.hasStatus(404);
	}

	@Test
	void leitungSetsTheContactRhythmOfItsTraeger() throws Exception {
		long provider2 = providerIdOf(COUNSELLOR_2);
		String lead = uniqueEmail("leitung-rhythmus");
		accounts.provision(lead, "Rhythmus Leitung", Role.PROVIDER_ADMIN, provider2, "ein langes Rhythmus-Passwort");
		assertThat(mvc.post()
			.uri("/leitung/kontaktrhythmus")
			.with(as(lead))
			.with(csrf())
			.param("LONG_TERM", "30")
			.param("EMERGENCY", "7")
			.param("SHORT_TERM", "10")
			.param("PROFESSIONAL", "21")
			.param("KINSHIP", "56")).hasStatus3xxRedirection();
		assertThat(visits.intervals(provider2)).containsEntry(CareType.EMERGENCY, 7)
			.containsEntry(CareType.KINSHIP, 56);
		assertThat(visits.intervals(providerIdOf(ADMIN_1))).containsEntry(CareType.EMERGENCY, 14);
		MvcTestResult invalid = mvc.post()
			.uri("/leitung/kontaktrhythmus")
			.with(as(lead))
			.with(csrf())
			.param("stand", "0123456789abcdef")
			.param("LONG_TERM", "0")
			.exchange();
		assertThat(invalid).bodyText().contains("Bitte geben Sie eine Zahl von 1 bis 365 an.");
		assertThat(stampOn(invalid)).as("shown again for a mistake: still made from the state it showed first")
			.isEqualTo("0123456789abcdef");
		assertThat(visits.intervals(provider2)).containsEntry(CareType.LONG_TERM, 30);
		MvcTestResult stale = mvc.post()
			.uri("/leitung/kontaktrhythmus")
			.with(as(lead))
			.with(csrf())
			.param("stand", "0123456789abcdef") // a page opened before the last save
			.param("LONG_TERM", "45")
			.param("EMERGENCY", "7")
			.param("SHORT_TERM", "10")
			.param("PROFESSIONAL", "21")
			.param("KINSHIP", "56")
			.exchange();
		assertThat(stale).bodyText()
			.contains("Jemand hat den Kontaktrhythmus inzwischen gespeichert")
			.contains("value=\"45\"");
		assertThat(visits.intervals(provider2)).containsEntry(CareType.LONG_TERM, 30);
		assertThat(mvc.get().uri("/leitung/kontaktrhythmus").with(as(COUNSELLOR_1))).hasStatus(403);
	}

	@Test
	void aContactSentAfterTheSessionExpiredIsKeptUntilTheUserSignsInAgain() {
		long family = family(CareType.LONG_TERM);
		String note = "Langer Bericht nach dem Hausbesuch. ".repeat(300);
		MvcTestResult expired = mvc.post()
			.uri("/familien/" + family + "/kontakte")
			.param("_csrf", "token-der-abgelaufenen-sitzung")
			.param("submissionKey", UUID.randomUUID().toString())
			.param("occurredAt", LocalDateTime.now(VisitManagement.ZONE).minusHours(1).withNano(0).toString())
			.param("durationMinutes", "75")
			.param("kind", "HOME_VISIT")
			.param("childSpokenAlone", "true")
			.param("internalNotes", note)
			.exchange();
		assertThat(expired).redirectedUrl().isEqualTo("/login?abgelaufen");
		var session = (org.springframework.mock.web.MockHttpSession) expired.getRequest().getSession(false);
		assertThat(count(family)).isZero();

		MvcTestResult login = mvc.post()
			.uri("/login")
			.session(session)
			.with(csrf())
			.param("username", COUNSELLOR_1)
			.param("password", DEMO_PASSWORD)
			.exchange();
		assertThat(login).redirectedUrl().isEqualTo("/eingaben-wiederherstellen");
		MvcTestResult restore = mvc.get().uri("/eingaben-wiederherstellen").session(session).exchange();
		assertThat(restore).bodyText()
			.contains("action=\"/familien/" + family + "/kontakte\"")
			.contains("Langer Bericht nach dem Hausbesuch.")
			.doesNotContain("token-der-abgelaufenen-sitzung");

		MvcTestResult resend = mvc.post()
			.uri("/familien/" + family + "/kontakte")
			.session(session)
			.with(csrf())
			.param("submissionKey", UUID.randomUUID().toString())
			.param("occurredAt", LocalDateTime.now(VisitManagement.ZONE).minusHours(1).withNano(0).toString())
			.param("durationMinutes", "75")
			.param("kind", "HOME_VISIT")
			.param("childSpokenAlone", "true")
			.param("internalNotes", note)
			.exchange();
		assertThat(resend).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select internal_notes from visit where family_id = ?", String.class, family))
			.isEqualTo(note.trim());
	}

	private long family(CareType careType) {
		HouseholdData data = new HouseholdData(unique("Familie Kontakt"), null, "48143", "Münster", null, null,
				Set.of(careType), 1, 0, null, CarePermit.PENDING, null, null,
				List.of(new HouseholdData.AdultData("Karin Kontakt", 1979, Qualification.NONE, null)));
		long counsellor = jdbc.queryForObject("select id from user_account where email = ?", Long.class, COUNSELLOR_1);
		return families.create(user(ADMIN_1), data, counsellor);
	}

	private PortalUser user(String email) {
		return (PortalUser) userDetailsService.loadUserByUsername(email);
	}

	private long count(long family) {
		return jdbc.queryForObject("select count(*) from visit where family_id = ?", Long.class, family);
	}

	private MockMvcRequestBuilder post(long family) {
		return mvc.post().uri("/familien/" + family + "/kontakte").with(as(COUNSELLOR_1)).with(csrf());
	}

	private MvcTestResult save(long family, UUID key, LocalDateTime when, String duration, String topics) {
		return post(family).param("submissionKey", key.toString())
			.param("occurredAt", when.withNano(0).toString())
			.param("durationMinutes", duration)
			.param("kind", "HOME_VISIT")
			.param("participants", "Karin Kontakt")
			.param("childSpokenAlone", "true")
			.param("topics", topics)
			.param("internalNotes", "Ein sehr langer Bericht\nmit mehreren Zeilen")
			.exchange();
	}

	private MvcTestResult edit(long family, long visitId, long version, String editor, String topics) {
		return mvc.post()
			.uri("/familien/" + family + "/kontakte/" + visitId + "/bearbeiten")
			.with(as(editor))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("occurredAt", LocalDateTime.now(VisitManagement.ZONE).minusHours(3).withNano(0).toString())
			.param("durationMinutes", "30")
			.param("kind", "HOME_VISIT")
			.param("childSpokenAlone", "true")
			.param("topics", topics)
			.exchange();
	}

}
