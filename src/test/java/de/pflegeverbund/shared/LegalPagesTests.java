package de.pflegeverbund.shared;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imprint and privacy notice are public and show what the installation configured.
 */
@TestPropertySource(properties = { "portal.site.operator-name=Landesjugendamt Testland",
		"portal.site.operator-address=Prüfweg 7,12345 Musterhausen", "portal.site.vat-id=DE999999999",
		"portal.inquiry.closed-retention=2m" })
class LegalPagesTests extends PortalIntegrationTest {

	@Test
	void imprintShowsTheConfiguredOperator() {
		assertThat(mvc.get().uri("/impressum")).hasStatusOk()
			.bodyText()
			.contains("Landesjugendamt Testland", "Prüfweg 7", "12345 Musterhausen", "DE999999999");
	}

	@Test
	void privacyNoticeNamesControllerAndRetentionPeriods() {
		assertThat(mvc.get().uri("/datenschutz")).hasStatusOk()
			.bodyText()
			.contains("Landesjugendamt Testland", "nach 2 Monaten", "nach 6 Monaten ohne Bearbeitung",
					"Art. 6 Abs. 1 lit. a DSGVO");
	}

	@Test
	void defaultOperatorIsReadAsUtf8() {
		assertThat(mvc.get().uri("/impressum?lang=de")).bodyText().doesNotContain("Ã");
	}

}
