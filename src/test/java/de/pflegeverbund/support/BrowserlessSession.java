package de.pflegeverbund.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against the running portal, with cookies, for what MockMvc cannot
 * show: rendered error pages, real sessions.
 */
public final class BrowserlessSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String baseUrl;

	public BrowserlessSession(int port) {
		this(HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build(), port);
	}

	private BrowserlessSession(HttpClient client, int port) {
		this.client = client;
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * The same browser (same cookies) talking to another instance of the portal on this
	 * machine.
	 */
	public BrowserlessSession onPort(int otherPort) {
		return new BrowserlessSession(client, otherPort);
	}

	/**
	 * The cookies of this browser as a request header, for requests sent beside it.
	 */
	public String cookieHeader() {
		CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
		return String.join("; ",
				cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
	}

	/**
	 * The CSRF token of a page.
	 */
	public static String csrfOf(HttpResponse<String> page) {
		return csrfToken(page.body());
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET()
			.build());
	}

	/**
	 * Sends a form (URL-encoded body) with the given CSRF token.
	 */
	public HttpResponse<String> post(String path, String csrfToken, String formBody) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody + "&_csrf=" + encode(csrfToken)))
			.build());
	}

	/**
	 * Sends a form as the browser would, with the CSRF token and one-time key the page
	 * gave it.
	 */
	public HttpResponse<String> send(HtmlForm form, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + form.action()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Referer", baseUrl + form.page())
			.POST(HttpRequest.BodyPublishers.ofString(form.body()));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** The forms sent by POST on a page (which must answer 200). */
	public java.util.List<HtmlForm> formsOn(String path) {
		HttpResponse<String> page = get(path);
		if (page.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + page.statusCode());
		}
		return HtmlForm.postFormsOf(page.body(), path);
	}

	/**
	 * Sends the login form; the answer says where the sign-in goes on (the home page, or
	 * the second factor).
	 */
	public HttpResponse<String> submitLogin(String username, String password) {
		String csrf = csrfToken(get("/login").body());
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
		return send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	public BrowserlessSession login(String username, String password) {
		HttpResponse<String> response = submitLogin(username, password);
		if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/")) {
			throw new AssertionError("Login failed: " + response.statusCode() + " " + response.headers().map());
		}
		return this;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token in page");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
