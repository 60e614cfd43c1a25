package de.pflegeverbund.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers on every response (public, signed in, behind TLS) and pages without
 * inline script, so the Content-Security-Policy needs no exception.
 */
class SecurityHeadersTests extends PortalIntegrationTest {

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		for (MvcTestResult result : List.of(mvc.get().uri("/login").exchange(),
				mvc.get().uri("/veranstaltungen").exchange(), mvc.get().uri("/gibt-es-nicht").exchange(),
				mvc.get().uri("/familie").with(as(FAMILY_1)).exchange(),
				mvc.get().uri("/koordination/statistik").with(as(COORDINATOR)).exchange())) {
			var response = result.getResponse();
			assertThat(response.getHeader("Content-Security-Policy"))
				.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
						"frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
			assertThat(response.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
		}
	}

	@Test
	void signedInPagesAreNotStoredAndTlsGetsHsts() {
		var page = mvc.get().uri("/familie").with(as(FAMILY_1)).exchange().getResponse();
		assertThat(page.getHeader("Cache-Control")).contains("no-store");
		var secure = mvc.get().uri("/login").secure(true).exchange().getResponse();
		assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void noTemplateHasInlineScriptOrEventHandlers() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
		Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		Pattern javascriptUrl = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				assertThat(inlineScript.matcher(html).find()).as(file + " has an inline script").isFalse();
				assertThat(handler.matcher(html).find()).as(file + " has an event-handler attribute").isFalse();
				assertThat(javascriptUrl.matcher(html).find()).as(file + " has a javascript: URL").isFalse();
			}
		}
	}

}
