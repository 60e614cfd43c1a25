package de.pflegeverbund.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages after a redirect travel in a cookie, with the target Spring matches them by;
 * other flash attributes stay in the session; a cookie the portal did not write shows
 * nothing.
 */
class MessageFlashMapManagerTests {

	private final MessageFlashMapManager manager = new MessageFlashMapManager(messages());

	@Test
	void aMessageGoesToTheNextPageInACookieAndIsGoneAfterIt() {
		MockHttpServletResponse redirect = sendForm(flash("success", "visit.flash.saved"), "/familien/3/kontakte/9");

		String header = redirect.getHeader("Set-Cookie");
		assertThat(header).startsWith("FLASH=")
			.contains("Path=/", "Max-Age=180", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
		assertThat(new String(Base64.getUrlDecoder().decode(cookieValue(header)), StandardCharsets.UTF_8))
			.contains("visit.flash.saved", "%2Ffamilien%2F3%2Fkontakte%2F9");

		// another page first: the message waits for its target
		MockHttpServletRequest other = get("/fachberatung", header);
		assertThat(retrieve(other, new MockHttpServletResponse())).isNull();

		MockHttpServletRequest target = get("/familien/3/kontakte/9", header);
		MockHttpServletResponse shown = new MockHttpServletResponse();
		Map<String, Object> input = retrieve(target, shown);
		assertThat(input).containsEntry("success", "visit.flash.saved");
		assertThat(shown.getHeader("Set-Cookie")).startsWith("FLASH=;").contains("Max-Age=0");
		assertThat(target.getSession(false)).isNull();
	}

	@Test
	void otherAttributesStayInTheSession() {
		FlashMap typed = flash("failure", "visit.risk.conflict");
		typed.put("typedOutcome", "Eingabe der Fachkraft");
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		MockHttpServletResponse response = new MockHttpServletResponse();
		typed.setTargetRequestPath("/y");
		manager.saveOutputFlashMap(typed, request, response);

		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(request.getSession(false)).isNotNull();
		@SuppressWarnings("unchecked")
		List<FlashMap> kept = (List<FlashMap>) request.getSession(false)
			.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
		assertThat(kept).singleElement()
			.satisfies(map -> assertThat((Map<String, Object>) map).containsKey("typedOutcome"));
	}

	@Test
	void targetParametersAreMatchedAsSpringMatchesThem() {
		FlashMap saved = flash("success", "meeting.flash.saved");
		saved.addTargetRequestParam("tab", "teilnahme");
		String header = sendForm(saved, "/veranstaltungen/4").getHeader("Set-Cookie");

		assertThat(retrieve(get("/veranstaltungen/4", header), new MockHttpServletResponse())).isNull();
		MockHttpServletRequest withParam = get("/veranstaltungen/4", header);
		withParam.setQueryString("tab=teilnahme");
		assertThat(retrieve(withParam, new MockHttpServletResponse())).containsEntry("success", "meeting.flash.saved");
	}

	@Test
	void targetAndParametersReadAsWritten() {
		FlashMap saved = flash("failure", "visit.risk.conflict");
		saved.setTargetRequestPath("/pfad mit ä/&=");
		saved.addTargetRequestParam("a b", "c&d=e ü");
		saved.addTargetRequestParam("a b", "zwei");
		saved.startExpirationPeriod(60);

		List<FlashMap> read = MessageFlashMapManager.decode(MessageFlashMapManager.encode(List.of(saved, saved)));

		assertThat(read).hasSize(2).allSatisfy(map -> {
			assertThat((Object) map).isEqualTo(saved);
			assertThat(map.getTargetRequestParams().get("a b")).containsExactly("c&d=e ü", "zwei");
			assertThat(map.getExpirationTime()).isEqualTo(saved.getExpirationTime());
		});
	}

	@Test
	void aCookieThePortalDidNotWriteShowsNothing() {
		for (String forged : List.of("kein-base64!", encoded("0 %2Fx  success%3Dvisit.flash.saved\n"),
				encoded(Long.MAX_VALUE + " %2Fx  success%3Dunbekannter.schluessel\n"),
				encoded(Long.MAX_VALUE + " %2Fx  success%3D%3Cscript%3E\n"),
				encoded(Long.MAX_VALUE + " %2Fx  typedOutcome%3Dvisit.flash.saved\n"), encoded("kaputt"))) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
			request.setCookies(new Cookie("FLASH", forged));
			assertThat(retrieve(request, new MockHttpServletResponse())).as(forged).isNull();
		}
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
		request.setCookies(new Cookie("FLASH", encoded(Long.MAX_VALUE + " %2Fx  success%3Dvisit.flash.saved\n")));
		assertThat(retrieve(request, new MockHttpServletResponse())).containsEntry("success", "visit.flash.saved");
	}

	@Test
	void overHttpsTheCookieIsSecure() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		FlashMap saved = flash("success", "visit.flash.saved");
		saved.setTargetRequestPath("/y");
		manager.saveOutputFlashMap(saved, request, response);
		assertThat(response.getHeader("Set-Cookie")).contains("Secure");
	}

	private @Nullable Map<String, Object> retrieve(MockHttpServletRequest request, MockHttpServletResponse response) {
		return manager.retrieveAndUpdate(request, response);
	}

	private MockHttpServletResponse sendForm(FlashMap flashMap, String target) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/familien/3/kontakte");
		MockHttpServletResponse response = new MockHttpServletResponse();
		flashMap.setTargetRequestPath(target);
		manager.saveOutputFlashMap(flashMap, request, response);
		assertThat(request.getSession(false)).as("no session for a message").isNull();
		return response;
	}

	private static MockHttpServletRequest get(String path, String setCookie) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setCookies(new Cookie("FLASH", cookieValue(setCookie)));
		return request;
	}

	private static String cookieValue(String setCookie) {
		return setCookie.substring("FLASH=".length(), setCookie.indexOf(';'));
	}

	private static String encoded(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static FlashMap flash(String name, String key) {
		FlashMap flashMap = new FlashMap();
		flashMap.put(name, key);
		return flashMap;
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		for (String key : List.of("visit.flash.saved", "visit.risk.conflict", "meeting.flash.saved")) {
			messages.addMessage(key, Locale.GERMAN, "Text");
		}
		return messages;
	}

}
