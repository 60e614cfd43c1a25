package de.pflegeverbund.shared.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.HtmlForm;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent twice is written once: a new family as the Leitung enters it, sent again
 * after the first answer (reload, back and send again), twice at the same moment (double
 * click, two tabs), and once more after a sending that was refused by the validation.
 */
class FormSubmissionKeyTests extends PortalIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void everyFormRenderedForSendingHasItsOwnKey() {
		BrowserlessSession leitung = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		HtmlForm first = newFamilyForm(leitung);
		HtmlForm second = newFamilyForm(leitung);
		assertThat(first.value("_formular")).matches("[0-9a-f-]{36}").isNotEqualTo(second.value("_formular"));
		assertThat(first.value("_csrf")).isNotEmpty();
	}

	@Test
	void aFormSentAgainAfterItsAnswerIsNotWrittenTwice() {
		BrowserlessSession leitung = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		String name = unique("Familie Doppelt");
		HtmlForm form = newFamilyForm(leitung).plausible().with("name", name);

		HttpResponse<String> first = leitung.send(form);
		assertThat(first.statusCode()).as(HtmlForm.problemsOn(first.body()).toString()).isEqualTo(302);
		String familyPage = locationOf(first);
		assertThat(leitung.get(familyPage).body()).contains("Die Familie wurde angelegt.");
		HttpResponse<String> again = leitung.send(form); // back, and sent again

		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(locationOf(again)).isEqualTo(familyPage);
		assertThat(familiesNamed(name)).isEqualTo(1);
		assertThat(leitung.get(familyPage).body()).contains("Dieses Formular war schon abgeschickt worden");
		assertThat(leitung.get(familyPage).body()).as("the note is shown once")
			.doesNotContain("Dieses Formular war schon abgeschickt worden");
	}

	@Test
	void aFormSentTwiceAtTheSameMomentIsWrittenOnce() throws Exception {
		BrowserlessSession leitung = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		for (int round = 0; round < 5; round++) {
			String name = unique("Familie Gleichzeitig");
			HtmlForm form = newFamilyForm(leitung).plausible().with("name", name);
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<HttpResponse<String>>> answers = List.of(1, 2)
				.stream()
				.map(i -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return leitung.send(form);
				}))
				.toList();
			for (CompletableFuture<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).as(HtmlForm.problemsOn(response.body()).toString()).isEqualTo(302);
				assertThat(locationOf(response)).matches("/familien/\\d+");
			}
			assertThat(familiesNamed(name)).as("round " + round).isEqualTo(1);
		}
	}

	@Test
	void aSendingRefusedByTheValidationDoesNotUseUpItsKey() {
		BrowserlessSession leitung = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		String name = unique("Familie Korrigiert");
		HtmlForm form = newFamilyForm(leitung).plausible().with("name", name);

		HttpResponse<String> refused = leitung.send(form.with("places", "-3"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(familiesNamed(name)).isZero();
		HttpResponse<String> corrected = leitung.send(form);

		assertThat(corrected.statusCode()).as(HtmlForm.problemsOn(corrected.body()).toString()).isEqualTo(302);
		assertThat(familiesNamed(name)).isEqualTo(1);
	}

	@Test
	void aSearchCanBeSentAgain() {
		BrowserlessSession leitung = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		HtmlForm search = leitung.formsOn("/familien")
			.stream()
			.filter(f -> f.actionPath().equals("/familien"))
			.findFirst()
			.orElseThrow()
			.with("text", "Familie");

		assertThat(leitung.send(search).statusCode()).isEqualTo(200);
		assertThat(leitung.send(search).statusCode()).as("a search writes nothing, so its key stays unused")
			.isEqualTo(200);
	}

	@Test
	void aSentAgainFormWhoseFirstAnswerIsUnknownGetsAPageThatSaysSo() {
		BrowserlessSession leitung = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		HtmlForm form = newFamilyForm(leitung).plausible();
		jdbc.update("insert into form_submission (token) values (?::uuid)", form.value("_formular"));

		HttpResponse<String> again = leitung.send(form);

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("Formular bereits abgeschickt").contains("href=\"/familien/neu\"");
	}

	private static HtmlForm newFamilyForm(BrowserlessSession session) {
		return session.formsOn("/familien/neu")
			.stream()
			.filter(f -> f.actionPath().equals("/familien/neu"))
			.findFirst()
			.orElseThrow();
	}

	private static String locationOf(HttpResponse<String> response) {
		return java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private int familiesNamed(String name) {
		return jdbc.queryForObject("select count(*) from foster_family where name = ?", Integer.class, name);
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
