package de.pflegeverbund.familyportal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.support.PortalIntegrationTest;
import de.pflegeverbund.visit.VisitData;
import de.pflegeverbund.visit.VisitKind;
import de.pflegeverbund.visit.VisitManagement;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The family portal: the home shows the family's own data and shared summaries, never
 * internal notes; invitation, correction requests, the data export, protection records.
 */
class FamilyPortalTests extends PortalIntegrationTest {

	@Autowired
	FamilyPortal portal;

	@Autowired
	VisitManagement visits;

	@Autowired
	AccountManagement accounts;

	PortalUser user(String email) {
		return (PortalUser) userDetailsService.loadUserByUsername(email);
	}

	long ownFamily() {
		return portal.familyOf(user(FAMILY_1));
	}

	@Test
	void theHomeShowsTheFamilysDataAndSharedSummariesButNeverInternalNotes() throws Exception {
		long family = ownFamily();
		String secret = unique("GEHEIMER-VERMERK");
		String summary = unique("Zusammenfassung-fuer-Familie");
		visits.record(user(ADMIN_1), family, UUID.randomUUID(),
				new VisitData(Instant.now().minus(1, ChronoUnit.DAYS), 60, VisitKind.HOME_VISIT, "Pflegemutter", true,
						"Schule", secret, "Termin beim Kinderarzt", today().plusDays(10), summary, false));
		MvcTestResult home = mvc.get().uri("/familie").with(as(FAMILY_1)).exchange();
		assertThat(home).hasStatusOk();
		String familyName = jdbc.queryForObject("select name from foster_family where id = ?", String.class, family);
		assertThat(home).bodyText()
			.contains(familyName, summary, "Nächster geplanter Kontakt", "Sommerfest für Pflegefamilien")
			.doesNotContain(secret);

		MvcTestResult json = mvc.get().uri("/familie/auskunft.json").with(as(FAMILY_1)).exchange();
		assertThat(json).hasStatusOk();
		String body = json.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains(familyName, summary, "Termin beim Kinderarzt").doesNotContain(secret);
		assertThat(json.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		MvcTestResult pdf = mvc.get().uri("/familie/auskunft.pdf").with(as(FAMILY_1)).exchange();
		assertThat(pdf).hasStatusOk();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
	}

	@Test
	void aFamilyCannotReachAnyOtherRecordByChangingAnId() {
		long family = ownFamily();
		long other = jdbc.queryForObject("select min(id) from foster_family where provider_id = ? and id <> ?",
				Long.class, providerIdOf(ADMIN_1), family);
		long foreign = jdbc.queryForObject("select min(id) from foster_family where provider_id = ?", Long.class,
				providerIdOf(COUNSELLOR_2));
		long foreignConcern = portal.raiseConcern(otherFamilyAccount(other), false, "Anliegen einer anderen Familie");
		long visit = visits.record(user(ADMIN_1), other, UUID.randomUUID(),
				new VisitData(Instant.now().minus(2, ChronoUnit.DAYS), 45, VisitKind.PHONE, null, false, "Schule", null,
						null, null, "Zusammenfassung einer anderen Familie", false));
		for (String path : List.of("/familien/" + family, "/familien/" + other, "/familien/" + foreign,
				"/familien/" + other + "/kontakte", "/familien/" + other + "/kontakte/" + visit,
				"/familien/" + family + "/beteiligung", "/familien/" + other + "/beteiligung",
				"/familie/anliegen/" + foreignConcern, "/familie/anliegen/999999999", "/korrekturen", "/supervision",
				"/anfragen", "/familien")) {
			assertThat(mvc.get().uri(path).with(as(FAMILY_1))).as(path).hasStatus(404);
		}
		for (String path : List.of("/leitung/anliegen/" + foreignConcern, "/koordination/anliegen/" + foreignConcern,
				"/leitung/qualitaet")) {
			assertThat(mvc.get().uri(path).with(as(FAMILY_1))).as(path).hasStatus(403);
		}
		assertThat(mvc.post()
			.uri("/familie/anliegen/" + foreignConcern + "/antwort")
			.with(as(FAMILY_1))
			.with(csrf())
			.param("text", "Ich lese mit")).hasStatus(404);
		assertThat(mvc.post()
			.uri("/familien/" + other + "/familienzugang")
			.with(as(FAMILY_1))
			.with(csrf())
			.param("name", "Eva Fremd")
			.param("email", uniqueEmail("fremd"))).hasStatus(404);
	}

	private PortalUser otherFamilyAccount(long familyId) {
		String email = uniqueEmail("andere-familie");
		long account = accounts.provision(email, "Andere Familie", Role.FAMILY, providerIdOf(ADMIN_1),
				"ein langes Familien-Passwort");
		portal.link(account, familyId, providerIdOf(ADMIN_1));
		return user(email);
	}

	@Test
	void staffWhoSeeTheFamilyInviteAFosterParentWhoThenSeesTheirFamily() throws Exception {
		long family = jdbc.queryForObject("""
				select min(f.id) from foster_family f where f.provider_id = ?
				and not exists (select 1 from family_account a where a.family_id = f.id)""", Long.class,
				providerIdOf(ADMIN_1));
		String email = uniqueEmail("pflegemutter");
		assertThat(mvc.post()
			.uri("/familien/" + family + "/familienzugang")
			.with(as(COUNSELLOR_2))
			.with(csrf())
			.param("name", "Eva Muster")
			.param("email", email)).hasStatus(404);
		MvcTestResult taken = mvc.post()
			.uri("/familien/" + family + "/familienzugang")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("name", "Eva Muster")
			.param("email", COUNSELLOR_1)
			.exchange();
		assertThat(taken).hasStatusOk();
		assertThat(taken).bodyText().contains("Für diese E-Mail-Adresse gibt es bereits einen Zugang.");
		MvcTestResult bad = mvc.post()
			.uri("/familien/" + family + "/familienzugang")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("name", "")
			.param("email", "kaputt")
			.exchange();
		assertThat(bad).bodyText().contains("Bitte geben Sie den Namen an.", "value=\"kaputt\"");

		assertThat(mvc.post()
			.uri("/familien/" + family + "/familienzugang")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("name", "Eva Muster")
			.param("email", email)).hasStatus3xxRedirection();
		String token = tokenFromLastMailTo(email);
		mvc.post()
			.uri("/konto/passwort/" + token)
			.with(csrf())
			.param("password", "Ein sicheres Familienpasswort 1")
			.param("confirmation", "Ein sicheres Familienpasswort 1")
			.exchange();
		MockHttpSession session = signIn(email, "Ein sicheres Familienpasswort 1");
		String familyName = jdbc.queryForObject("select name from foster_family where id = ?", String.class, family);
		assertThat(mvc.get().uri("/familie").session(session)).hasStatusOk().bodyText().contains(familyName);
		assertThat(mvc.get().uri("/familien/" + family + "/beteiligung").with(as(ADMIN_1))).bodyText()
			.contains("Eva Muster", email);
	}

	@Test
	void aCorrectionRequestGoesToTheCounsellorWhoDecidesWithAReason() throws Exception {
		long family = ownFamily();
		MvcTestResult bad = mvc.post()
			.uri("/familie/korrektur")
			.with(as(FAMILY_1))
			.with(csrf())
			.param("topic", "")
			.param("text", "")
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText()
			.contains("Bitte wählen Sie, was die Korrektur betrifft.",
					"Bitte beschreiben Sie, was geändert werden soll.");
		String text = unique("Neue Telefonnummer 0251 999");
		assertThat(mvc.post()
			.uri("/familie/korrektur")
			.with(as(FAMILY_1))
			.with(csrf())
			.param("topic", "CONTACT")
			.param("text", text)).hasStatus3xxRedirection();
		long id = jdbc.queryForObject("select id from correction_request where text = ?", Long.class, text);
		String counsellor = jdbc.queryForObject("""
				select u.email from counsellor_assignment a join user_account u on u.id = a.counsellor_id
				where a.family_id = ? and a.kind = 'PRIMARY' and a.ended_on is null""", String.class, family);
		assertThat(mailsTo(counsellor)).extracting(MimeMessage::getSubject).contains("Korrekturwunsch einer Familie");
		assertThat(mvc.get().uri("/korrekturen").with(as(ADMIN_1))).bodyText().contains(text);
		assertThat(mvc.get().uri("/korrekturen").with(as(COUNSELLOR_2))).bodyText().doesNotContain(text);
		assertThat(
				mvc.post().uri("/korrekturen/" + id).with(as(COUNSELLOR_2)).with(csrf()).param("decision", "annehmen"))
			.hasStatus(404);

		MvcTestResult noReason = mvc.post()
			.uri("/korrekturen/" + id)
			.with(as(ADMIN_1))
			.with(csrf())
			.param("decision", "ablehnen")
			.param("reason", "")
			.exchange();
		assertThat(noReason).hasStatusOk();
		assertThat(noReason).bodyText().contains("Bitte begründen Sie die Ablehnung.");
		assertThat(mvc.post()
			.uri("/korrekturen/" + id)
			.with(as(ADMIN_1))
			.with(csrf())
			.param("decision", "ablehnen")
			.param("reason", "Die Nummer ist bereits eingetragen.")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/familie").with(as(FAMILY_1))).bodyText()
			.contains("abgelehnt", "Die Nummer ist bereits eingetragen.");
		assertThat(mvc.post()
			.uri("/korrekturen/" + id)
			.with(as(ADMIN_1))
			.with(csrf())
			.param("decision", "annehmen")
			.param("reason", "")).flash().containsEntry("failure", "portal.correction.decided");
	}

	@Test
	void protectionRecordsAreVersionedAndMissingOnesAreListed() {
		long family = jdbc.queryForObject("""
				select min(f.id) from foster_family f where f.provider_id = ? and f.status in ('OCCUPIED', 'AVAILABLE')
				and not exists (select 1 from protection_record p where p.family_id = f.id)""", Long.class,
				providerIdOf(ADMIN_1));
		String name = jdbc.queryForObject("select name from foster_family where id = ?", String.class, family);
		assertThat(mvc.get().uri("/leitung/schutzkonzept").with(as(ADMIN_1))).bodyText().contains(name);
		MvcTestResult future = mvc.post()
			.uri("/familien/" + family + "/schutzkonzept")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("conceptVersion", "Fassung 3")
			.param("appliedOn", today().plusDays(2).toString())
			.param("participants", "Pflegeeltern, Kind")
			.exchange();
		assertThat(future).bodyText().contains("nicht in der Zukunft", "value=\"Fassung 3\"");
		assertThat(mvc.post()
			.uri("/familien/" + family + "/schutzkonzept")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("conceptVersion", "Fassung 3")
			.param("appliedOn", today().toString())
			.param("participants", "Pflegeeltern, Kind")
			.param("childInformedOn", today().toString())).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/familien/" + family + "/schutzkonzept")
			.with(as(COUNSELLOR_2))
			.with(csrf())
			.param("conceptVersion", "Fassung 3")
			.param("appliedOn", today().toString())
			.param("participants", "x")).hasStatus(404);
		assertThat(mvc.get().uri("/familien/" + family + "/beteiligung").with(as(ADMIN_1))).bodyText()
			.contains("Fassung 3", "Pflegeeltern, Kind");
		assertThat(mvc.get().uri("/leitung/schutzkonzept").with(as(ADMIN_1))).bodyText()
			.doesNotContain(">" + name + "<");
	}

}
