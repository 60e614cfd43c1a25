package de.pflegeverbund.provider;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class ProviderAdministrationTests extends PortalIntegrationTest {

	@Autowired
	ProviderManagement providers;

	@Test
	void coordinatorCreatesProviderWithServiceAreas() {
		String name = unique("Pflegedienst Nord");
		MvcTestResult result = mvc.post()
			.uri("/koordination/traeger/neu")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("name", name)
			.param("seat", "Münster")
			.param("contactEmail", "Kontakt@Nord.example")
			.param("contactPhone", "0251 12345")
			.param("serviceAreas", "  48153; 48155 ,48153 ")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		ProviderSummary created = providers.findAll()
			.stream()
			.filter(p -> p.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(created.serviceAreas()).containsExactly("48153", "48155");
		assertThat(created.contactEmail()).isEqualTo("kontakt@nord.example");
		assertThat(created.active()).isTrue();
		assertThat(result).redirectedUrl().isEqualTo("/koordination/traeger/" + created.id());
		assertThat(mvc.get().uri("/koordination/traeger").with(as(COORDINATOR))).bodyText().contains(name);
	}

	@Test
	void rejectsInvalidInputWithGermanMessagesAndKeepsTheRest() {
		long before = providers.count();
		MvcTestResult result = mvc.post()
			.uri("/koordination/traeger/neu")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("name", "")
			.param("seat", "Hamm <script>alert(1)</script>")
			.param("contactEmail", "keine-adresse")
			.param("serviceAreas", "44, 4a, 123456")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Bitte geben Sie den Namen des Trägers an.")
			.contains("Bitte geben Sie eine gültige E-Mail-Adresse an")
			.contains("Postleitzahl-Anfänge aus 1 bis 5 Ziffern")
			.contains("value=\"Hamm &lt;script&gt;alert(1)&lt;/script&gt;\"")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(providers.count()).isEqualTo(before);
	}

	@Test
	void refusesControlCharactersWithAMessage() {
		long before = providers.count();
		String name = unique("Traeger mit Steuerzeichen");
		MvcTestResult result = mvc.post()
			.uri("/koordination/traeger/neu")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("name", name)
			.param("seat", "Ha\u0000mm")
			.param("contactEmail", "kontakt@steuerzeichen.example")
			.param("serviceAreas", "")
			.exchange();
		assertThat(result).as("PostgreSQL cannot store a NUL: once answered 500, found by EveryFormTests")
			.hasStatusOk()
			.bodyText()
			.contains("Der Text enthält Steuerzeichen")
			.contains("value=\"" + name + "\"");
		assertThat(providers.count()).isEqualTo(before);
	}

	@Test
	void rejectsDuplicateNameAndTakenServiceArea() {
		String name = unique("Doppelt");
		providers.create(new ProviderData(name, "Hamm", "a@b.example", null, java.util.List.of("59063")));
		assertThat(mvc.post()
			.uri("/koordination/traeger/neu")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("name", name.toUpperCase())
			.param("seat", "Hamm")
			.param("contactEmail", "x@y.example")
			.param("serviceAreas", "")
			.exchange()).bodyText().contains("Ein Träger mit diesem Namen ist bereits angelegt.");
		assertThat(mvc.post()
			.uri("/koordination/traeger/neu")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("name", unique("Anderer"))
			.param("seat", "Hamm")
			.param("contactEmail", "x@y.example")
			.param("serviceAreas", "59063")
			.exchange()).bodyText().contains("Der Postleitzahl-Anfang 59063 ist bereits dem Träger „" + name);
	}

	@Test
	void secondEditorOfTheSameVersionGetsAConflictAndKeepsTheirInput() {
		long id = providers
			.create(new ProviderData(unique("Konflikt"), "Unna", "k@k.example", null, java.util.List.of()));
		long version = providers.find(id).orElseThrow().version();
		assertThat(edit(id, version, "Erste Fassung")).hasStatus3xxRedirection();
		MvcTestResult second = edit(id, version, "Zweite Fassung");
		assertThat(second).hasStatusOk();
		assertThat(second).bodyText().contains("von jemand anderem geändert").contains("value=\"Zweite Fassung\"");
		assertThat(providers.find(id).orElseThrow().seat()).isEqualTo("Erste Fassung");
		long current = providers.find(id).orElseThrow().version();
		assertThat(second).bodyText().contains("name=\"version\" value=\"" + current + "\"");
	}

	@Test
	void unknownProviderAnswers404() {
		assertThat(mvc.get().uri("/koordination/traeger/999999").with(as(COORDINATOR))).hasStatus(404);
		assertThat(edit(999999, 0, "Nirgendwo")).hasStatus(404);
	}

	@Test
	void deactivatingAProviderEndsItsSessionsAndRefusesSignIn() throws Exception {
		long id = providers
			.create(new ProviderData(unique("Endet"), "Soest", "e@e.example", null, java.util.List.of()));
		String email = uniqueEmail("leitung");
		accounts.provision(email, "Lea Leitung", de.pflegeverbund.account.Role.PROVIDER_ADMIN, id,
				"ein sehr langes Testpasswort");
		MockHttpSession session = signIn(email, "ein sehr langes Testpasswort");
		assertThat(mvc.get().uri("/leitung").session(session)).hasStatusOk();

		assertThat(mvc.post().uri("/koordination/traeger/" + id + "/deaktivieren").with(as(COORDINATOR)).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/leitung").session(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("/login?beendet");
		assertThat(mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", "ein sehr langes Testpasswort")
			.with(csrf())).redirectedUrl().isEqualTo("/login?fehler");

		mvc.post().uri("/koordination/traeger/" + id + "/aktivieren").with(as(COORDINATOR)).with(csrf()).exchange();
		assertThat(signIn(email, "ein sehr langes Testpasswort")).isNotNull();
	}

	@Autowired
	de.pflegeverbund.account.AccountManagement accounts;

	private MvcTestResult edit(long id, long version, String seat) {
		return mvc.post()
			.uri("/koordination/traeger/" + id)
			.with(as(COORDINATOR))
			.with(csrf())
			.param("name", "Konflikt-" + id)
			.param("seat", seat)
			.param("contactEmail", "k@k.example")
			.param("serviceAreas", "")
			.param("version", String.valueOf(version))
			.exchange();
	}

}
