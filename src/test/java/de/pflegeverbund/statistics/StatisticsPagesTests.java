package de.pflegeverbund.statistics;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.CarePermit;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.HouseholdData;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards and exports: small counts suppressed across Träger but not in the own
 * view, CSV for German Excel, XLSX and PDF readable, and who may see what.
 */
class StatisticsPagesTests extends PortalIntegrationTest {

	private static long smallProvider;

	private static String smallLead;

	private static String smallName;

	@Autowired
	ProviderManagement providers;

	@Autowired
	AccountManagement accounts;

	@Autowired
	FamilyManagement families;

	@Autowired
	Statistics statistics;

	@BeforeEach
	void smallTraegerWithTwoFamilies() {
		if (smallLead != null) {
			return;
		}
		smallName = unique("Kleiner Träger");
		smallProvider = providers
			.create(new ProviderData(smallName, "Kleinstadt", uniqueEmail("klein"), null, List.of()));
		smallLead = uniqueEmail("leitung-klein");
		accounts.provision(smallLead, "Leitung Klein", Role.PROVIDER_ADMIN, smallProvider, "ein langes Klein-Passwort");
		long counsellor = accounts.provision(uniqueEmail("fk-klein"), "Fachkraft Klein", Role.COUNSELLOR, smallProvider,
				"ein langes Klein-Passwort");
		var lead = (de.pflegeverbund.account.PortalUser) userDetailsService.loadUserByUsername(smallLead);
		for (int i = 0; i < 2; i++) {
			families.create(lead,
					new HouseholdData("Klein " + i, null, "48143", "Münster", null, null,
							java.util.Set.of(CareType.LONG_TERM), 1, 0, null, CarePermit.PENDING, null, null,
							List.of(new HouseholdData.AdultData("Erwachsene " + i, 1980, Qualification.NONE, null))),
					counsellor);
		}
		statistics.evict();
	}

	@Test
	void coordinatorSeesTheTraegerWithSmallCountsSuppressed() {
		MvcTestResult page = mvc.get().uri("/koordination/statistik").with(as(COORDINATOR)).exchange();

		assertThat(page).hasStatusOk();
		String html = html(page);
		assertThat(html).contains("Verbund gesamt", "trend-table", "/webjars/chart.js/", "Träger 1 bis ");

		// the small Träger found by its name, with its counts suppressed
		String found = html(mvc.get()
			.uri("/koordination/statistik?suche={name}", smallName.toUpperCase(java.util.Locale.GERMAN))
			.with(as(COORDINATOR))
			.exchange());
		assertThat(found).contains(smallName, "&lt; 3", "Verbund gesamt", "Träger 1 bis 1 von 1, deren Name")
			.doesNotContain("Klein 0", "Erwachsene 0");
		assertThat(found.split("href=\"/koordination/statistik/traeger/", -1)).hasSize(2);
	}

	@Test
	void networkTableShowsFiftyTraegerPerPage() {
		String prefix = unique("Seitenträger");
		for (int i = 1; i <= 51; i++) {
			providers.create(new ProviderData(prefix + String.format(" %02d", i), "Ort", uniqueEmail("seite" + i), null,
					List.of()));
		}
		statistics.evict();

		String first = html(
				mvc.get().uri("/koordination/statistik?suche={prefix}", prefix).with(as(COORDINATOR)).exchange());
		assertThat(first).contains(prefix + " 01", prefix + " 50", "Träger 1 bis 50 von 51", "Seite 2", "Nächste Seite")
			.doesNotContain(prefix + " 51", "Vorherige Seite");
		assertThat(first.split("href=\"/koordination/statistik/traeger/", -1)).hasSize(50 + 1);

		String second = html(mvc.get()
			.uri("/koordination/statistik?suche={prefix}&seite=1", prefix)
			.with(as(COORDINATOR))
			.exchange());
		assertThat(second).contains(prefix + " 51", "Träger 51 bis 51 von 51", "Vorherige Seite", "Verbund gesamt")
			.doesNotContain(prefix + " 50", "Nächste Seite");

		// a page beyond the last shows the last, one before the first the first
		assertThat(html(mvc.get()
			.uri("/koordination/statistik?suche={prefix}&seite=99", prefix)
			.with(as(COORDINATOR))
			.exchange())).contains(prefix + " 51");
		assertThat(html(mvc.get()
			.uri("/koordination/statistik?suche={prefix}&seite=-3", prefix)
			.with(as(COORDINATOR))
			.exchange())).contains(prefix + " 01");
		assertThat(mvc.get().uri("/koordination/statistik?seite=zwei").with(as(COORDINATOR))).hasStatus(400);
	}

	@Test
	void searchWithoutMatchSaysSoAndKeepsTheNetworkTotal() {
		String html = html(mvc.get()
			.uri("/koordination/statistik?suche={search}", "<i>gibt es nicht</i>")
			.with(as(COORDINATOR))
			.exchange());

		assertThat(html)
			.contains("Kein Träger hat „&lt;i&gt;gibt es nicht&lt;/i&gt;“ im Namen.", "Verbund gesamt",
					"value=\"&lt;i&gt;gibt es nicht&lt;/i&gt;\"")
			.doesNotContain("<i>gibt");
	}

	@Test
	void traegerNamesAreEscapedInThePrerenderedTable() {
		String name = unique("<b>Träger & Co</b>");
		providers.create(new ProviderData(name, "Ort", uniqueEmail("escape"), null, List.of()));
		statistics.evict();

		String html = html(
				mvc.get().uri("/koordination/statistik?suche={name}", name).with(as(COORDINATOR)).exchange());

		assertThat(html).contains(name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
			.doesNotContain("<b>Träger");
	}

	@Test
	void leitungSeesItsOwnFiguresUnsuppressedAndPerCounsellor() {
		MvcTestResult page = mvc.get().uri("/leitung/statistik").with(as(smallLead)).exchange();

		assertThat(page).hasStatusOk();
		String html = html(page);
		assertThat(html).contains("Fachkraft Klein", "Je Fachkraft").doesNotContain("&lt; 3");
		assertThat(html).containsPattern("Familien aktiv</th>\\s*<td class=\"text-end fw-bold\">2</td>");
	}

	@Test
	void periodCanBeAQuarterAndBadValuesFallBackToTheCurrentYear() {
		int year = today().getYear();
		assertThat(mvc.get().uri("/koordination/statistik?jahr=" + year + "&quartal=2").with(as(COORDINATOR)))
			.hasStatusOk()
			.bodyText()
			.contains("2. Quartal " + year);
		assertThat(mvc.get().uri("/koordination/statistik?jahr=1800&quartal=9").with(as(COORDINATOR))).hasStatusOk()
			.bodyText()
			.contains("Jahr " + year);
		assertThat(mvc.get().uri("/koordination/statistik?jahr=abc").with(as(COORDINATOR))).hasStatus(400);
	}

	@Test
	void csvOpensInGermanExcelAndKeepsTheSuppression() {
		MvcTestResult csv = mvc.get().uri("/koordination/statistik/export.csv").with(as(COORDINATOR)).exchange();

		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment", ".csv");
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("Träger;Familien aktiv;", smallName + ";< 3;", "Verbund gesamt;",
				"Kennzahlen der letzten Jahre");
	}

	@Test
	void xlsxIsASpreadsheetWithTheFigures() throws Exception {
		MvcTestResult xlsx = mvc.get().uri("/leitung/statistik/export.xlsx").with(as(smallLead)).exchange();

		assertThat(xlsx).hasStatusOk();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("statistik", ".xlsx");
		java.nio.file.Files.write(file, xlsx.getResponse().getContentAsByteArray());
		String sharedStrings;
		String workbook;
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			sharedStrings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
			workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
		}
		finally {
			java.nio.file.Files.delete(file);
		}
		assertThat(sharedStrings).contains("Fachkraft Klein", "Familien aktiv");
		assertThat(workbook).contains("Pflegefamilien nach Status", "Kennzahlen je Fachkraft");
	}

	@Test
	void yearlyReportIsAPdfWithTablesAndChart() throws Exception {
		MvcTestResult pdf = mvc.get().uri("/koordination/statistik/bericht.pdf").with(as(COORDINATOR)).exchange();

		assertThat(pdf).hasStatusOk();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Jahresbericht", "Aktive Pflegefamilien je Jahr", "< 3");
			assertThat(text.replaceAll("\\s", "")).contains(smallName.replaceAll("\\s", ""));
		}
	}

	@Test
	void unknownTraegerAnswers404() {
		assertThat(mvc.get().uri("/koordination/statistik/traeger/999999").with(as(COORDINATOR))).hasStatus(404);
	}

	static Stream<Arguments> routes() {
		return Stream
			.of("/koordination/statistik", "/koordination/statistik/traeger/{p}", "/koordination/statistik/export.csv",
					"/koordination/statistik/export.xlsx", "/koordination/statistik/bericht.pdf",
					"/koordination/statistik/traeger/{p}/export.csv", "/koordination/statistik/traeger/{p}/export.xlsx",
					"/koordination/statistik/traeger/{p}/bericht.pdf", "/leitung/statistik",
					"/leitung/statistik/export.csv", "/leitung/statistik/export.xlsx", "/leitung/statistik/bericht.pdf")
			.flatMap(route -> Stream.of("COORDINATOR", "OWN_ADMIN", "OTHER_ADMIN", "COUNSELLOR", "FAMILY", "ANONYMOUS")
				.map(actor -> Arguments.of(route, actor)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("routes")
	void statisticsRoutesAnswerOnlyTheAllowed(String route, String actor) {
		String path = route.replace("{p}", String.valueOf(smallProvider));
		var request = mvc.get().uri(path);
		String email = switch (actor) {
			case "COORDINATOR" -> COORDINATOR;
			case "OWN_ADMIN" -> smallLead;
			case "OTHER_ADMIN" -> ADMIN_1;
			case "COUNSELLOR" -> COUNSELLOR_1;
			case "FAMILY" -> FAMILY_1;
			default -> null;
		};
		if (email != null) {
			request = request.with(as(email));
		}
		int status = request.exchange().getResponse().getStatus();
		boolean coordinatorRoute = route.startsWith("/koordination");
		if ("ANONYMOUS".equals(actor)) {
			assertThat(status).isEqualTo(302);
		}
		else if (coordinatorRoute) {
			assertThat(status).isEqualTo("COORDINATOR".equals(actor) ? 200 : 403);
		}
		else {
			assertThat(status).isEqualTo(actor.endsWith("ADMIN") ? 200 : 403);
		}
	}

	private static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
