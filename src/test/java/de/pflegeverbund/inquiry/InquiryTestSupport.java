package de.pflegeverbund.inquiry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.inquiry.web.FormTokens;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Helpers for the inquiry tests: Träger with their own postal-code prefixes, filled-in
 * interest forms with a valid token, and a client address of their own per test, so the
 * rate limit of one test does not touch another.
 */
abstract class InquiryTestSupport extends PortalIntegrationTest {

	static final String PASSWORD = "ein langes Anfrage-Passwort";

	private static final AtomicInteger PREFIXES = new AtomicInteger(10);

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	ProviderManagement providers;

	@Autowired
	AccountManagement accounts;

	@Autowired
	FormTokens tokens;

	@Autowired
	InquiryManagement inquiries;

	/**
	 * A new three-digit postal-code prefix "1NN" no other Träger covers.
	 */
	static String newPrefix() {
		return "1" + PREFIXES.getAndIncrement();
	}

	/**
	 * A unique name of letters only (the form refuses digits in names).
	 */
	static String uniqueName(String prefix) {
		String digits = unique("").replaceAll("[^0-9]", "");
		StringBuilder name = new StringBuilder(prefix).append('-');
		digits.chars().forEach(digit -> name.append((char) ('a' + digit - '0')));
		return name.toString();
	}

	static String newClient() {
		int n = CLIENTS.getAndIncrement();
		return "198.51." + (n / 250) + "." + (1 + n % 250);
	}

	/**
	 * A Träger with the given service areas and an active Leitung.
	 */
	TestProvider provider(String... areas) {
		String name = unique("Träger Anfrage");
		long id = providers
			.create(new ProviderData(name, "Teststadt", uniqueEmail("kontakt"), "0251 111", List.of(areas)));
		String lead = uniqueEmail("leitung-anfrage");
		accounts.provision(lead, "Leitung " + name, Role.PROVIDER_ADMIN, id, PASSWORD);
		String counsellor = uniqueEmail("fachberatung-anfrage");
		accounts.provision(counsellor, "Fachkraft " + name, Role.COUNSELLOR, id, PASSWORD);
		return new TestProvider(id, name, lead, counsellor);
	}

	record TestProvider(long id, String name, String lead, String counsellor) {
	}

	PortalUser user(String email) {
		return (PortalUser) userDetailsService.loadUserByUsername(email);
	}

	long accountId(String email) {
		return jdbc.queryForObject("select id from user_account where lower(email) = lower(?)", Long.class, email);
	}

	/**
	 * A completely and validly filled-in form, shown a minute ago.
	 */
	Map<String, String> validForm(String postalCode, String email) {
		Map<String, String> form = new LinkedHashMap<>();
		String key = UUID.randomUUID().toString();
		form.put("firstName", "Zoë");
		form.put("lastName", uniqueName("Łukasiewicz"));
		form.put("birthYear", "1984");
		form.put("partnerFirstName", "Jonas");
		form.put("partnerLastName", "Brandt");
		form.put("partnerBirthYear", "1982");
		form.put("email", email);
		form.put("phone", "0251 123456");
		form.put("postalCode", postalCode);
		form.put("city", "Münster");
		form.put("adults", "2");
		form.put("children", "1");
		form.put("childrenAges", "7");
		form.put("careTypes", "LONG_TERM");
		form.put("preferredAge", "FROM_3_TO_6");
		form.put("qualification", "PEDAGOGICAL");
		form.put("experience", "Erzieherin, Jugendfeuerwehr");
		form.put("contactTime", "EVENING");
		form.put("message", "Wir freuen uns auf das Gespräch.");
		form.put("consent", "true");
		form.put("_consent", "on");
		form.put("website", "");
		form.put("submissionKey", key);
		form.put("token", tokens.issue(key, Instant.now().minusSeconds(60)));
		return form;
	}

	/**
	 * Stores an inquiry through the API, as if sent by the form.
	 * @return its id
	 */
	long inquiryAt(String postalCode, String lastName) {
		InquiryData data = new InquiryData(new InquiryData.Applicant("Mara", lastName, 1985),
				new InquiryData.Applicant("Tim", lastName, 1983), uniqueEmail("mara"), "0251 999", postalCode,
				"Teststadt", 2, 1, "6", java.util.EnumSet.of(de.pflegeverbund.family.CareType.LONG_TERM), ChildAge.ANY,
				de.pflegeverbund.family.Qualification.PEDAGOGICAL, "Erzieherin", ContactTime.MORNING, "Hallo");
		return inquiries.submit(data, UUID.randomUUID()).inquiryId();
	}

	MvcTestResult submit(Map<String, String> form, String client) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		form.forEach(params::add);
		return mvc.post().uri("/interesse").params(params).with(csrf()).with(request -> {
			request.setRemoteAddr(client);
			return request;
		}).exchange();
	}

	static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long countInquiries() {
		return jdbc.queryForObject("select count(*) from inquiry", Long.class);
	}

	Long inquiryIdByLastName(String lastName) {
		return jdbc.queryForObject("select id from inquiry where last_name = ?", Long.class, lastName);
	}

}
