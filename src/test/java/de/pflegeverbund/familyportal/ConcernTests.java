package de.pflegeverbund.familyportal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Concerns: raised from the family portal or the public page with a code, seen only by
 * the addressee and the submitter, acknowledged, answered and resolved.
 */
class ConcernTests extends PortalIntegrationTest {

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	AccountManagement accounts;

	static String client() {
		return "198.18.0." + CLIENTS.getAndIncrement();
	}

	MvcTestResult raisePublic(String client, String addressee, String text) {
		return mvc.post().uri("/anliegen").with(csrf()).with(r -> {
			r.setRemoteAddr(client);
			return r;
		}).param("addressee", addressee).param("text", text).param("contact", "").param("website", "").exchange();
	}

	@Test
	void aFamilyConcernToTheStateOfficeIsSeenOnlyThereAndByTheFamily() {
		String text = unique("Ich fühle mich von der Fachberatung nicht gehört");
		MvcTestResult raised = mvc.post()
			.uri("/familie/anliegen")
			.with(as(FAMILY_1))
			.with(csrf())
			.param("addressee", "LJA")
			.param("text", text)
			.exchange();
		String path = raised.getResponse().getRedirectedUrl();
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		assertThat(mvc.get().uri("/koordination/anliegen").with(as(COORDINATOR))).bodyText()
			.contains("/koordination/anliegen/" + id);
		assertThat(mvc.get().uri("/koordination/anliegen/" + id).with(as(COORDINATOR))).bodyText().contains(text);
		assertThat(mvc.get().uri("/leitung/anliegen").with(as(ADMIN_1))).bodyText()
			.doesNotContain("/leitung/anliegen/" + id + "\"");
		assertThat(mvc.get().uri("/leitung/anliegen/" + id).with(as(ADMIN_1))).hasStatus(404);

		assertThat(mvc.post()
			.uri("/koordination/anliegen/" + id)
			.with(as(COORDINATOR))
			.with(csrf())
			.param("answer", "")
			.param("status", "ACKNOWLEDGED")).hasStatus3xxRedirection();
		// found by fuzzing: a noncharacter (here U+FFFF) in an answer hid everything
		// after
		// it, the reply form too, from an HTML parser reading the sender's page
		for (String notText : List.of("\uFFFF", "\uFFFE", "\uFDD0")) {
			assertThat(mvc.post()
				.uri("/koordination/anliegen/" + id)
				.with(as(COORDINATOR))
				.with(csrf())
				.param("answer", "Wir rufen " + notText + " an.")).hasStatusOk()
				.bodyText()
				.contains("enthält Steuerzeichen");
		}
		assertThat(jdbc.queryForObject("select count(*) from concern_message where concern_id = ?", Long.class, id))
			.isZero();
		assertThat(mvc.post()
			.uri("/koordination/anliegen/" + id)
			.with(as(COORDINATOR))
			.with(csrf())
			.param("answer", "Wir rufen Sie morgen an.")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(path).with(as(FAMILY_1))).bodyText()
			.contains(text, "Wir rufen Sie morgen an.", "in Bearbeitung");
		assertThat(mvc.post()
			.uri("/koordination/anliegen/" + id)
			.with(as(COORDINATOR))
			.with(csrf())
			.param("answer", "")
			.param("status", "RESOLVED")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(path).with(as(FAMILY_1))).bodyText().contains("erledigt");
		assertThat(
				mvc.post().uri("/koordination/anliegen/" + id).with(as(COORDINATOR)).with(csrf()).param("answer", ""))
			.bodyText()
			.contains("Bitte schreiben Sie eine Antwort");
	}

	@Test
	void thePublicFormWorksAlsoForSomebodySignedIn() {
		String text = unique("Anliegen über das öffentliche Formular, angemeldet gesendet");
		MvcTestResult raised = mvc.post().uri("/anliegen").with(as(ADMIN_1)).with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		}).param("addressee", "LJA").param("text", text).param("contact", "").param("website", "").exchange();

		assertThat(raised).as("found by fuzzing: the Leitung's row scope refused a concern to the state office")
			.redirectedUrl()
			.isEqualTo("/anliegen/eingegangen");
		assertThat(jdbc.queryForObject("select count(*) from concern where provider_id is null and text = ?",
				Long.class, text))
			.isOne();
	}

	@Test
	void theSenderOfAConcernToTheStateOfficeAnswersWithTheCode() {
		String text = unique("Anliegen an das Landesjugendamt");
		MvcTestResult raised = raisePublic(client(), "LJA", text);
		String code = (String) raised.getMvcResult().getFlashMap().get("code");

		MvcTestResult reply = mvc.post().uri("/anliegen/verlauf/antwort").with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		}).param("code", code).param("text", "Noch eine Ergänzung von mir").exchange();

		assertThat(reply).as("found by fuzzing: every reply to the state office answered 500")
			.hasStatusOk()
			.bodyText()
			.contains("Noch eine Ergänzung von mir");
		assertThat(jdbc.queryForObject("""
				select count(*) from concern_message m join concern c on c.id = m.concern_id
				where c.text = ? and m.text = 'Noch eine Ergänzung von mir' and not m.from_addressee""", Long.class,
				text))
			.isOne();
	}

	@Test
	void aYoungPersonRaisesAConcernWithoutAccountAndFollowsItWithTheCode() {
		String text = unique("Ich darf abends nie raus <script>alert(1)</script>");
		MvcTestResult bad = raisePublic(client(), "LJA", "");
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText().contains("Bitte schreiben Sie Ihr Anliegen");
		long provider = providerIdOf(ADMIN_1);
		MvcTestResult raised = raisePublic(client(), Long.toString(provider), text);
		assertThat(raised).redirectedUrl().isEqualTo("/anliegen/eingegangen");
		String code = (String) raised.getMvcResult().getFlashMap().get("code");
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertThat(jdbc.queryForObject("select count(*) from concern where code_hash is not null and text = ?",
				Long.class, text.strip()))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from concern where code_hash = ?", Long.class,
				code.replace("-", "")))
			.as("only the hash is stored")
			.isZero();

		MvcTestResult status = mvc.post().uri("/anliegen/verlauf").with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		}).param("code", code.toLowerCase()).exchange();
		assertThat(status).bodyText().contains("&lt;script&gt;", "eingegangen").doesNotContain("<script>alert");
		MvcTestResult wrong = mvc.post().uri("/anliegen/verlauf").with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		}).param("code", "AAAA-BBBB-CCCC").exchange();
		assertThat(wrong).bodyText().contains("Zu diesem Code finden wir kein Anliegen");

		long id = jdbc.queryForObject("select id from concern where text = ?", Long.class, text.strip());
		assertThat(mvc.get().uri("/leitung/anliegen/" + id).with(as(ADMIN_1))).hasStatusOk();
		assertThat(mvc.get().uri("/koordination/anliegen/" + id).with(as(COORDINATOR))).hasStatus(404);
		String otherLead = uniqueEmail("leitung-zwei");
		accounts.provision(otherLead, "Leitung Zwei", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				"ein langes Leitungs-Passwort");
		assertThat(mvc.get().uri("/leitung/anliegen/" + id).with(as(otherLead))).hasStatus(404);
		assertThat(mvc.get().uri("/leitung/anliegen/" + id).with(as(COUNSELLOR_1))).hasStatus(403);

		mvc.post()
			.uri("/leitung/anliegen/" + id)
			.with(as(ADMIN_1))
			.with(csrf())
			.param("answer", "Danke. Magst du uns sagen, wie wir dich erreichen?")
			.exchange();
		MvcTestResult replied = mvc.post().uri("/anliegen/verlauf/antwort").with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		}).param("code", code).param("text", "Ja, über die Schulsozialarbeit.").exchange();
		assertThat(replied).bodyText().contains("Magst du uns sagen", "Ja, über die Schulsozialarbeit.");
	}

	@Test
	void thePublicPageIsRateLimitedAndAHoneypotStoresNothing() {
		String text = unique("Honigtopf");
		MvcTestResult bot = mvc.post().uri("/anliegen").with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		}).param("addressee", "LJA").param("text", text).param("website", "https://spam.example").exchange();
		assertThat(bot).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select count(*) from concern where text = ?", Long.class, text)).isZero();
		String client = client();
		for (int i = 0; i < 10; i++) {
			raisePublic(client, "LJA", "");
		}
		MvcTestResult refused = raisePublic(client, "LJA", text);
		assertThat(refused).hasStatus(429);
		assertThat(refused).bodyText().contains("sehr viele Nachrichten", text);
	}

}
