package de.pflegeverbund.account.security;

import java.time.Duration;
import java.time.Instant;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in session gets a new id at sign-in, lives at most the absolute lifetime and
 * its cookie is HttpOnly and SameSite.
 */
class SessionLifetimeTests extends PortalIntegrationTest {

	@Test
	void aSessionEndsAfterTheAbsoluteLifetimeHoweverActiveItWas() {
		MockHttpSession session = signIn(FAMILY_1, DEMO_PASSWORD);
		assertThat(session.getAttribute(SessionLifetimeFilter.SIGNED_IN_AT)).isInstanceOf(Instant.class);
		assertThat(mvc.get().uri("/familie").session(session)).hasStatusOk();

		session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT,
				Instant.now().minus(Duration.ofHours(10).plusMinutes(1)));
		assertThat(mvc.get().uri("/familie").session(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?beendet");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void signingInGivesANewSessionId() {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.get().uri("/login").session(session)).hasStatusOk();
		String before = session.getId();
		assertThat(mvc.post()
			.uri("/login")
			.session(session)
			.param("username", FAMILY_1)
			.param("password", DEMO_PASSWORD)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus3xxRedirection();
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(mvc.get().uri("/familie").session(session)).hasStatusOk();
	}

}
