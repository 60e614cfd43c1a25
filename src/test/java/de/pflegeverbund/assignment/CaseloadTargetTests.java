package de.pflegeverbund.assignment;

import java.util.List;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The Leitung's caseload target, saved from a page opened before somebody else saved
 * another one: refused with a German message, the choice kept for a knowing second save.
 */
class CaseloadTargetTests extends PortalIntegrationTest {

	@Autowired
	ProviderManagement providers;

	@Autowired
	AccountManagement accounts;

	@Test
	void aTargetFromAStalePageReplacesNoneSavedMeanwhile() throws Exception {
		long provider = providers
			.create(new ProviderData(unique("Schlüsselträger"), "Unna", uniqueEmail("schluessel"), null, List.of()));
		String lead = uniqueEmail("leitung-schluessel");
		accounts.provision(lead, "Leitung Schlüssel", Role.PROVIDER_ADMIN, provider, "ein langes Schlüssel-Passwort");
		String stale = stampOn(page(lead));
		// meanwhile, in another tab
		assertThat(target(lead, "10", stampOn(page(lead)))).flash()
			.containsEntry("success", "assignment.caseload.targetSaved");

		assertThat(target(lead, "20", stale)).flash()
			.containsEntry("failure", "assignment.caseload.conflict")
			.containsEntry("chosenTarget", 20);
		assertThat(targetOf(provider)).isEqualTo(10);
		MvcTestResult shownAgain = mvc.get()
			.uri("/leitung/fallzahlen")
			.with(as(lead))
			.flashAttr("failure", "assignment.caseload.conflict")
			.flashAttr("chosenTarget", 20)
			.exchange();
		assertThat(shownAgain).bodyText()
			.contains("Jemand hat den Betreuungsschlüssel inzwischen geändert", "Betreuungsschlüssel 1:10")
			.containsPattern("value=\"20\" id=\"ziel-20\" checked");

		assertThat(target(lead, "10", stale)).as("the target saved meanwhile: nothing lost")
			.flash()
			.containsEntry("success", "assignment.caseload.targetSaved");
		assertThat(target(lead, "20", stampOn(shownAgain))).as("sent again from the page with the conflict")
			.flash()
			.containsEntry("success", "assignment.caseload.targetSaved");
		assertThat(targetOf(provider)).isEqualTo(20);
	}

	private MvcTestResult page(String lead) {
		return mvc.get().uri("/leitung/fallzahlen").with(as(lead)).exchange();
	}

	private MockMvcRequestBuilder target(String lead, String target, String stamp) {
		return mvc.post()
			.uri("/leitung/fallzahlen/ziel")
			.with(as(lead))
			.with(csrf())
			.param("stand", stamp)
			.param("target", target);
	}

	private int targetOf(long provider) {
		return providers.find(provider).map(ProviderSummary::caseloadTarget).orElseThrow();
	}

}
