package de.pflegeverbund.shared;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A message with line breaks stays one log line, so input that reaches a log message
 * cannot forge entries.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogInjectionTests extends PortalIntegrationTest {

	@Test
	void lineBreaksInAMessageDoNotStartANewLogLine(CapturedOutput output) {
		LogFactory.getLog(LogInjectionTests.class)
			.warn("Eingabe: harmlos\n2026-12-01T00:00:00.000+01:00 ERROR 1 --- [main] gefälscht : Einbruch");
		String line = output.getOut().lines().filter(l -> l.contains("Eingabe: harmlos")).findFirst().orElseThrow();
		assertThat(line).contains("gefälscht : Einbruch");
		assertThat(output.getOut().lines().filter(l -> l.startsWith("2026-12-01T00:00:00.000+01:00 ERROR"))).isEmpty();
	}

	@Test
	void aFormValueOfTheWrongTypeIsNotLogged(CapturedOutput output) {
		assertThat(mvc.post()
			.uri("/verwaltung/sicherheit")
			.with(as(ADMIN_1))
			.with(csrf())
			.param("required", "Geburtstag von Lea Muster")).hasStatus(400);
		assertThat(output.getOut()).doesNotContain("Lea Muster");
	}

}
