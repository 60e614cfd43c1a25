package de.pflegeverbund.inquiry;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The public interest form: routing by the longest postal-code prefix, confirmation and
 * notification mails, the bot checks, double submits and fuzzed input.
 */
class InterestFormTests extends InquiryTestSupport {

	@Test
	void formIsPublicAndGerman() {
		MvcTestResult result = mvc.get().uri("/interesse").exchange();
		assertThat(result).hasStatusOk();
		String html = html(result);
		assertThat(html).contains("lang=\"de\"", "Interesse an einer Pflegekindschaft", "name=\"website\"",
				"name=\"token\"", "href=\"/datenschutz\"");
	}

	@Test
	void somebodySignedInCanSendTheFormToo() {
		String prefix = newPrefix();
		TestProvider responsible = provider(prefix);
		Map<String, String> form = validForm(prefix + "42", uniqueEmail("angemeldet"));
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		form.forEach(params::add);

		MvcTestResult sent = mvc.post()
			.uri("/interesse")
			.params(params)
			.with(csrf())
			.with(as(ADMIN_1))
			.with(request -> {
				request.setRemoteAddr(newClient());
				return request;
			})
			.exchange();

		assertThat(sent).as("a Leitung's row scope must not refuse an inquiry for another Träger")
			.redirectedUrl()
			.isEqualTo("/interesse/danke");
		assertThat(jdbc.queryForObject("select provider_id from inquiry where last_name = ?", Long.class,
				form.get("lastName")))
			.isEqualTo(responsible.id());
	}

	@Test
	void inquiryGoesToTheTraegerWithTheLongestMatchingPrefix() throws Exception {
		String prefix = newPrefix();
		TestProvider broad = provider(prefix);
		TestProvider narrow = provider(prefix + "7");
		String applicant = uniqueEmail("bewerberin");
		Map<String, String> form = validForm(prefix + "73", applicant);

		assertThat(submit(form, newClient())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/interesse/danke");

		Long providerId = jdbc.queryForObject("select provider_id from inquiry where last_name = ?", Long.class,
				form.get("lastName"));
		assertThat(providerId).isEqualTo(narrow.id());
		Map<String, Object> row = jdbc.queryForMap(
				"select first_name, city, status, consent_at, care_types, partner_last_name from inquiry where last_name = ?",
				form.get("lastName"));
		assertThat(row).containsEntry("first_name", "Zoë")
			.containsEntry("status", "NEW")
			.containsEntry("care_types", "LONG_TERM")
			.containsEntry("partner_last_name", "Brandt");
		assertThat(row.get("consent_at")).isNotNull();

		MimeMessage confirmation = mailsTo(applicant).get(0);
		assertThat((String) confirmation.getContent()).contains(narrow.name(), "/datenschutz");
		MimeMessage notice = mailsTo(narrow.lead()).get(0);
		String body = (String) notice.getContent();
		assertThat(body).contains("/anfragen/").doesNotContain(form.get("lastName"), "Zoë", applicant, "0251 123456");
		assertThat(mailsTo(broad.lead())).isEmpty();

		Map<String, String> elsewhere = validForm(prefix + "12", uniqueEmail("bewerber"));
		submit(elsewhere, newClient());
		assertThat(jdbc.queryForObject("select provider_id from inquiry where last_name = ?", Long.class,
				elsewhere.get("lastName")))
			.isEqualTo(broad.id());
	}

	@Test
	void inquiryWithoutAMatchingTraegerWaitsInTheCoordinatorsInbox() throws Exception {
		Map<String, String> form = validForm("09111", uniqueEmail("chemnitz"));

		assertThat(submit(form, newClient())).hasStatus3xxRedirection();

		assertThat(jdbc.queryForObject("select provider_id from inquiry where last_name = ?", Long.class,
				form.get("lastName")))
			.isNull();
		assertThat(mailsTo(COORDINATOR)).isNotEmpty();
		assertThat((String) mailsTo(COORDINATOR).get(0).getContent()).contains("/koordination/anfragen")
			.doesNotContain(form.get("lastName"));
	}

	@Test
	void thanksPageNamesTheTraegerButNoApplicantData() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		Map<String, String> form = validForm(prefix + "01", uniqueEmail("danke"));
		MvcTestResult sent = submit(form, newClient());

		MvcTestResult thanks = mvc.get()
			.uri("/interesse/danke")
			.flashAttrs(sent.getMvcResult().getFlashMap())
			.exchange();

		assertThat(thanks).hasStatusOk();
		assertThat(thanks).bodyText().contains(provider.name()).doesNotContain(form.get("lastName"));
	}

	@Test
	void sendingTheSameFormTwiceStoresOneInquiry() {
		String prefix = newPrefix();
		provider(prefix);
		Map<String, String> form = validForm(prefix + "55", uniqueEmail("doppelt"));
		String client = newClient();

		submit(form, client);
		submit(form, client);

		assertThat(jdbc.queryForObject("select count(*) from inquiry where last_name = ?", Long.class,
				form.get("lastName")))
			.isEqualTo(1);
	}

	@Test
	void filledHoneypotLooksSuccessfulButStoresNothing() {
		Map<String, String> form = validForm("48143", uniqueEmail("bot"));
		form.put("website", "http://spam.example");
		long before = countInquiries();

		assertThat(submit(form, newClient())).redirectedUrl().isEqualTo("/interesse/danke");

		assertThat(countInquiries()).isEqualTo(before);
	}

	@Test
	void formSentFasterThanAPersonCanIsShownAgainWithTheInput() {
		Map<String, String> form = validForm("48143", uniqueEmail("schnell"));
		form.put("token", tokens.issue(form.get("submissionKey"), Instant.now()));
		long before = countInquiries();

		MvcTestResult result = submit(form, newClient());

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("sehr schnell abgeschickt", form.get("lastName"));
		assertThat(countInquiries()).isEqualTo(before);
	}

	@Test
	void forgedTokenIsRefusedAndReplacedKeepingTheInput() {
		Map<String, String> form = validForm("48143", uniqueEmail("gefaelscht"));
		form.put("token", "1.abc");
		long before = countInquiries();

		MvcTestResult result = submit(form, newClient());

		assertThat(result).hasStatusOk();
		String html = html(result);
		assertThat(html).contains("nicht zugeordnet werden", form.get("lastName")).doesNotContain("value=\"1.abc\"");
		assertThat(countInquiries()).isEqualTo(before);
	}

	@Test
	void tokenOfAnotherFormDoesNotFit() {
		Map<String, String> form = validForm("48143", uniqueEmail("fremd"));
		form.put("submissionKey", UUID.randomUUID().toString());
		long before = countInquiries();

		assertThat(submit(form, newClient())).hasStatusOk();

		assertThat(countInquiries()).isEqualTo(before);
	}

	@Test
	void rateLimitAnswers429WithAGermanPageAndKeepsTheInput() {
		String client = newClient();
		for (int i = 0; i < 5; i++) {
			Map<String, String> invalid = validForm("kaputt", uniqueEmail("limit"));
			assertThat(submit(invalid, client)).hasStatusOk();
		}
		Map<String, String> form = validForm("48143", uniqueEmail("limit"));
		long before = countInquiries();

		MvcTestResult result = submit(form, client);

		assertThat(result).hasStatus(429);
		assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(result).bodyText().contains("Zu viele Anfragen", form.get("lastName"));
		assertThat(countInquiries()).isEqualTo(before);
		assertThat(submit(validForm("48143", uniqueEmail("anderer")), newClient())).hasStatus3xxRedirection();
	}

	static Stream<Arguments> badInput() {
		String script = "<script>alert('x')</script>";
		return Stream.of(Arguments.of("firstName", "", "Bitte geben Sie einen Vornamen an"),
				Arguments.of("firstName", script, "Bitte verwenden Sie nur Buchstaben"),
				Arguments.of("lastName", "A".repeat(61), "höchstens 60 Zeichen"),
				Arguments.of("lastName", "Müller\u202E", "Bitte verwenden Sie nur Buchstaben"),
				Arguments.of("lastName", "😀", "Bitte verwenden Sie nur Buchstaben"),
				Arguments.of("birthYear", "19x4", "vierstellig"), Arguments.of("birthYear", "2015", "volljährig"),
				Arguments.of("email", "keine-adresse", "gültige E-Mail-Adresse"),
				Arguments.of("email", "a@b", "gültige E-Mail-Adresse"),
				Arguments.of("email", "x".repeat(250) + "@a.de", "höchstens 254 Zeichen"),
				Arguments.of("phone", "ruf mich an", "Telefonnummer aus Ziffern"),
				Arguments.of("postalCode", "4814", "fünfstellige Postleitzahl"),
				Arguments.of("postalCode", "48143'; drop table inquiry;--", "fünfstellige Postleitzahl"),
				Arguments.of("city", script, "Ortsnamen"), Arguments.of("adults", "0", "zwischen 1 und 10"),
				Arguments.of("adults", "99999999999999999999", "zwischen 1 und 10"),
				Arguments.of("children", "-1", "zwischen 0 und 20"),
				Arguments.of("childrenAges", "Lena, 4", "nur Zahlen"),
				Arguments.of("careTypes", "ALL_OF_THEM", "angebotenen Möglichkeiten"),
				Arguments.of("preferredAge", "", "angebotenen Möglichkeiten"),
				Arguments.of("qualification", "DOCTOR", "angebotenen Möglichkeiten"),
				Arguments.of("contactTime", "NIGHT", "angebotenen Möglichkeiten"),
				Arguments.of("experience", "x".repeat(2001), "höchstens 2000 Zeichen"),
				Arguments.of("message", "Hallo\u0000Welt", "Steuerzeichen"),
				Arguments.of("message", "\u0007", "Steuerzeichen"), Arguments.of("consent", "false", "Einwilligung"),
				Arguments.of("partnerBirthYear", "", "vierstellig"));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("badInput")
	void badInputGetsAMessageNextToTheFieldKeepsTheRestAndStoresNothing(String field, String value, String message) {
		Map<String, String> form = validForm("48143", uniqueEmail("fuzz"));
		form.put(field, value);
		if ("consent".equals(field)) {
			form.remove("consent");
		}
		if ("email".equals(field)) {
			form.put("phone", "");
		}
		long before = countInquiries();

		MvcTestResult result = submit(form, newClient());

		assertThat(result).hasStatusOk();
		String html = html(result);
		assertThat(html).contains(message)
			.contains(field + "-fehler")
			.contains(form.get("lastName").length() <= 60 && !"lastName".equals(field) ? form.get("lastName") : "")
			.doesNotContain("<script>alert");
		assertThat(countInquiries()).isEqualTo(before);
	}

	@Test
	void scriptInFreeTextIsStoredAsTextAndShownEscaped() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		Map<String, String> form = validForm(prefix + "42", uniqueEmail("skript"));
		form.put("message", "<script>alert('x')</script> & <b>fett</b>");
		submit(form, newClient());
		long id = inquiryIdByLastName(form.get("lastName"));

		MvcTestResult page = mvc.get().uri("/anfragen/" + id).with(as(provider.lead())).exchange();

		String html = html(page);
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;fett&lt;/b&gt;")
			.doesNotContain("<script>alert", "<b>fett</b>");
	}

	@Test
	void namesInAnyScriptAreAcceptedAndNormalised() {
		String prefix = newPrefix();
		provider(prefix);
		Map<String, String> form = validForm(prefix + "43", uniqueEmail("unicode"));
		form.put("firstName", "Zoe\u0308 Ngọc-Ánh");
		form.put("partnerFirstName", "李  明");

		assertThat(submit(form, newClient())).hasStatus3xxRedirection();

		Map<String, Object> row = jdbc.queryForMap(
				"select first_name, partner_first_name from inquiry where last_name = ?", form.get("lastName"));
		assertThat(row).containsEntry("first_name", "Zoë Ngọc-Ánh").containsEntry("partner_first_name", "李 明");
	}

	@Test
	void eitherEmailOrPhoneIsEnough() {
		String prefix = newPrefix();
		provider(prefix);
		Map<String, String> phoneOnly = validForm(prefix + "44", "");
		assertThat(submit(phoneOnly, newClient())).hasStatus3xxRedirection();

		Map<String, String> neither = validForm(prefix + "44", "");
		neither.put("phone", "");
		MvcTestResult result = submit(neither, newClient());
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("E-Mail-Adresse oder eine Telefonnummer an, damit");
	}

	@Test
	void formSentAfterTheSessionExpiredIsOfferedAgainWithItsInput() {
		Map<String, String> form = validForm("48143", uniqueEmail("abgelaufen"));
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		form.forEach(params::add);

		MvcTestResult result = mvc.post().uri("/interesse").params(params).exchange();

		assertThat(result).redirectedUrl().isEqualTo("/eingaben-wiederherstellen");
		MvcTestResult offer = mvc.get()
			.uri("/eingaben-wiederherstellen")
			.session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession(false))
			.exchange();
		assertThat(offer).hasStatusOk();
		String html = html(offer);
		assertThat(html).contains("action=\"/interesse\"", "value=\"" + form.get("lastName") + "\"",
				"mit einem Klick erneut");
	}

}
