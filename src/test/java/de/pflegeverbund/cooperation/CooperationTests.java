package de.pflegeverbund.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.support.PortalIntegrationTest;
import jakarta.mail.internet.MimeMessage;
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
 * Cooperation requests: the public form with checked input, honeypot and rate limit; the
 * coordinator accepting (Träger created, Leitung invited, all or nothing) or declining;
 * every route for every role.
 */
class CooperationTests extends PortalIntegrationTest {

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	CooperationManagement cooperations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CooperationErasures erasures;

	static String client() {
		return "192.0.2." + CLIENTS.getAndIncrement();
	}

	MvcTestResult send(String client, String organisation, String email, String serviceAreas, String website) {
		return mvc.post().uri("/kooperation").with(csrf()).with(request -> {
			request.setRemoteAddr(client);
			return request;
		})
			.param("organisation", organisation)
			.param("seat", "Wesel")
			.param("serviceAreas", serviceAreas)
			.param("fieldOfWork", "Vollzeitpflege\nBereitschaftspflege")
			.param("contactName", "Jana Köhler")
			.param("contactEmail", email)
			.param("contactPhone", "0281 123456")
			.param("message", "Wir möchten mitarbeiten.")
			.param("website", website)
			.exchange();
	}

	long requestId(String organisation) {
		return jdbc.queryForObject("select id from cooperation_request where organisation = ?", Long.class,
				organisation);
	}

	@Test
	void aTraegerAsksToJoinWithCheckedInputAndGetsAReceipt() throws Exception {
		String organisation = unique("Jugendhilfe Niederrhein <b>e. V.</b>");
		String email = uniqueEmail("kooperation");
		MvcTestResult bad = send(client(), organisation, "keine-adresse", "46 abc", "");
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText()
			.contains("gültige E-Mail-Adresse", "Postleitzahl", "Jugendhilfe Niederrhein &lt;b&gt;e. V.&lt;/b&gt;")
			.doesNotContain("<b>e. V.</b>");
		assertThat(jdbc.queryForObject("select count(*) from cooperation_request where organisation = ?", Long.class,
				organisation))
			.isZero();

		assertThat(send(client(), organisation, email, "4648, 4649", "")).redirectedUrl()
			.isEqualTo("/kooperation/danke");
		long id = requestId(organisation);
		assertThat(mailsTo(email)).extracting(MimeMessage::getSubject)
			.contains("Ihre Kooperationsanfrage an den Pflegeverbund");
		assertThat(mailsTo(COORDINATOR).stream().anyMatch(mail -> {
			try {
				return mail.getSubject().equals("Neue Kooperationsanfrage")
						&& ((String) mail.getContent()).contains("/koordination/kooperationen/" + id)
						&& !((String) mail.getContent()).contains("Jana");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).isTrue();
		assertThat(mvc.get().uri("/koordination/kooperationen").with(as(COORDINATOR))).bodyText()
			.contains("Jugendhilfe Niederrhein &lt;b&gt;");
		assertThat(mvc.get().uri("/koordination/kooperationen/" + id).with(as(COORDINATOR))).bodyText()
			.contains("Jana Köhler", "4648, 4649", "Bereitschaftspflege");
	}

	@Test
	void aFilledHoneypotStoresNothingAndTooManyRequestsAreRefused() {
		String organisation = unique("Bot-Traeger");
		assertThat(send(client(), organisation, uniqueEmail("bot"), "12", "https://spam.example")).redirectedUrl()
			.isEqualTo("/kooperation/danke");
		assertThat(jdbc.queryForObject("select count(*) from cooperation_request where organisation = ?", Long.class,
				organisation))
			.isZero();

		String client = client();
		for (int i = 0; i < 5; i++) {
			assertThat(send(client, "", "", "", "")).hasStatusOk();
		}
		MvcTestResult refused = send(client, organisation, uniqueEmail("viel"), "12", "");
		assertThat(refused).hasStatus(429);
		assertThat(refused).bodyText().contains("sehr viele Anfragen", "value=\"" + organisation + "\"");
	}

	@Test
	void acceptingCreatesTheTraegerAndInvitesItsLeitung() throws Exception {
		String organisation = unique("Familienwerk Lippe");
		String contact = uniqueEmail("anfrage");
		send(client(), organisation, contact, "327", "");
		long id = requestId(organisation);
		String lead = uniqueEmail("neue-leitung");

		MvcTestResult taken = accept(id, lead,
				jdbc.queryForObject("select name from provider where id = ?", String.class, providerIdOf(ADMIN_1)));
		assertThat(taken).hasStatusOk();
		assertThat(taken).bodyText().contains("Ein Träger mit diesem Namen ist bereits angelegt.");
		assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, lead)).isZero();
		MvcTestResult emailTaken = accept(id, COUNSELLOR_1, organisation);
		assertThat(emailTaken).hasStatusOk();
		assertThat(emailTaken).bodyText().contains("Für diese E-Mail-Adresse gibt es bereits einen Zugang.");
		assertThat(jdbc.queryForObject("select count(*) from provider where name = ?", Long.class, organisation))
			.isZero();
		assertThat(jdbc.queryForObject("select status from cooperation_request where id = ?", String.class, id))
			.isEqualTo("OPEN");

		MvcTestResult accepted = accept(id, lead, organisation);
		long providerId = jdbc.queryForObject("select id from provider where name = ?", Long.class, organisation);
		assertThat(accepted).redirectedUrl().isEqualTo("/koordination/traeger/" + providerId);
		assertThat(jdbc.queryForObject("select role from user_account where email = ?", String.class, lead))
			.isEqualTo(Role.PROVIDER_ADMIN.name());
		assertThat(providerIdOf(lead)).isEqualTo(providerId);
		assertThat(tokenFromLastMailTo(lead)).isNotBlank();
		assertThat(mailsTo(contact)).extracting(MimeMessage::getSubject).contains("Willkommen im Pflegeverbund");
		assertThat(jdbc.queryForObject("select status from cooperation_request where id = ?", String.class, id))
			.isEqualTo("ACCEPTED");
		assertThat(accept(id, uniqueEmail("zweite"), unique("Zweimal"))).flash()
			.containsEntry("failure", "cooperation.error.decided");
	}

	@Test
	void decliningTellsTheRequesterTheReasonAndTheRequestIsErasedLater() throws Exception {
		String organisation = unique("Träger außerhalb");
		String contact = uniqueEmail("absage");
		send(client(), organisation, contact, "99", "");
		long id = requestId(organisation);
		MvcTestResult tooLong = mvc.post()
			.uri("/koordination/kooperationen/" + id + "/ablehnen")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("reason", "x".repeat(2001))
			.exchange();
		assertThat(tooLong).hasStatusOk();
		assertThat(tooLong).bodyText().contains("höchstens 2.000 Zeichen");

		assertThat(mvc.post()
			.uri("/koordination/kooperationen/" + id + "/ablehnen")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("reason", "Ihr Einzugsgebiet liegt außerhalb des Landes.")).hasStatus3xxRedirection();
		MimeMessage answer = mailsTo(contact).get(mailsTo(contact).size() - 1);
		assertThat((String) answer.getContent()).contains("Ihr Einzugsgebiet liegt außerhalb des Landes.");
		assertThat(jdbc.queryForObject("select status from cooperation_request where id = ?", String.class, id))
			.isEqualTo("DECLINED");

		erasures.eraseStale();
		assertThat(jdbc.queryForObject("select count(*) from cooperation_request where id = ?", Long.class, id))
			.isOne();
		jdbc.update("update cooperation_request set decided_at = now() - interval '181 days' where id = ?", id);
		erasures.eraseStale();
		assertThat(jdbc.queryForObject("select count(*) from cooperation_request where id = ?", Long.class, id))
			.isZero();
	}

	private MvcTestResult accept(long id, String leadEmail, String name) {
		return mvc.post()
			.uri("/koordination/kooperationen/" + id + "/annehmen")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("name", name)
			.param("seat", "Detmold")
			.param("contactEmail", "info@" + Math.abs(name.hashCode()) + ".example")
			.param("contactPhone", "")
			.param("serviceAreas", "")
			.param("leadName", "Lea Leitung")
			.param("leadEmail", leadEmail)
			.exchange();
	}

	static Stream<Arguments> routes() {
		List<Arguments> arguments = new ArrayList<>();
		for (String actor : List.of(COORDINATOR, ADMIN_1, COUNSELLOR_1, COUNSELLOR_2, FAMILY_1, "")) {
			arguments.add(Arguments.of("GET", "/kooperation", actor));
			arguments.add(Arguments.of("POST", "/kooperation", actor));
			arguments.add(Arguments.of("GET", "/kooperation/danke", actor));
			arguments.add(Arguments.of("GET", "/koordination/kooperationen", actor));
			arguments.add(Arguments.of("GET", "/koordination/kooperationen/{id}", actor));
			arguments.add(Arguments.of("POST", "/koordination/kooperationen/{id}/annehmen", actor));
			arguments.add(Arguments.of("POST", "/koordination/kooperationen/{id}/ablehnen", actor));
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("routes")
	void everyRouteAnswersOnlyTheAllowed(String method, String path, String actor) {
		String organisation = unique("Matrix-Träger");
		send(client(), organisation, uniqueEmail("matrix"), "98", "");
		String uri = path.replace("{id}", Long.toString(requestId(organisation)));
		MockMvcRequestBuilder request = "GET".equals(method) ? mvc.get().uri(uri) : mvc.post().uri(uri).with(csrf());
		String client = client();
		request = request.with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
		if (!actor.isEmpty()) {
			request = request.with(as(actor));
		}
		MvcTestResult result = request.exchange();
		int status = result.getResponse().getStatus();
		if (!path.startsWith("/koordination") || actor.equals(COORDINATOR)) {
			assertThat(status).isBetween(200, 399);
		}
		else if (actor.isEmpty()) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
		else {
			assertThat(status).isEqualTo(403);
		}
	}

	@Test
	void unknownRequestsAnswer404() {
		assertThat(mvc.get().uri("/koordination/kooperationen/999999999").with(as(COORDINATOR))).hasStatus(404);
	}

}
