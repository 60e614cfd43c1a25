package de.pflegeverbund.support;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form of a rendered page, as a browser would send it: its action and its fields with
 * the values the page gives them. Immutable; {@link #with}, {@link #plausible} and
 * {@link #map} return changed copies.
 */
public final class HtmlForm {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final String action;

	private final String page;

	/**
	 * Field name → its values in order (several for checkboxes); a field may be absent.
	 */
	private final Map<String, List<String>> values;

	/** Field name → the element that declares it first. */
	private final Map<String, Element> elements;

	private HtmlForm(String action, String page, Map<String, List<String>> values, Map<String, Element> elements) {
		this.action = action;
		this.page = page;
		this.values = values;
		this.elements = elements;
	}

	/**
	 * The page as jsoup reads it, every U+FFFF read as U+FFFD first: jsoup takes U+FFFF
	 * for the end of its input and would not see the rest of a page that shows one in
	 * text stored before the portal refused noncharacters, or in a field that allows it.
	 */
	public static Document parse(String html) {
		return Jsoup.parse(html.replace('\uFFFF', '\uFFFD'));
	}

	/** The forms sent by POST on a page, in page order. */
	public static List<HtmlForm> postFormsOf(String html, String pagePath) {
		List<HtmlForm> forms = new ArrayList<>();
		for (Element form : parse(html).select("form")) {
			if (!"post".equalsIgnoreCase(form.attr("method"))) {
				continue;
			}
			String action = form.attr("action").isEmpty() ? pagePath : form.attr("action");
			if (action.startsWith("http")) {
				URI uri = URI.create(action);
				action = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			}
			Map<String, List<String>> values = new LinkedHashMap<>();
			Map<String, Element> elements = new LinkedHashMap<>();
			for (Element field : form.select("input[name], textarea[name], select[name]")) {
				String name = field.attr("name");
				elements.putIfAbsent(name, field);
				List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
				switch (field.tagName()) {
					case "select" -> field.select("option[selected]")
						.stream()
						.findFirst()
						.ifPresent(option -> list.add(option.attr("value")));
					case "textarea" -> list.add(field.wholeText());
					default -> {
						String type = field.attr("type").toLowerCase(Locale.ROOT);
						if (type.equals("checkbox") || type.equals("radio")) {
							if (field.hasAttr("checked")) {
								list.add(field.attr("value").isEmpty() ? "on" : field.attr("value"));
							}
						}
						else if (!type.equals("submit") && !type.equals("button") && !type.equals("file")) {
							list.add(field.attr("value"));
						}
					}
				}
			}
			// the button a user clicks sends its name and value too (the first one, the
			// form's main action)
			for (Element button : form.select("button[name], input[type=submit][name]")) {
				String name = button.attr("name");
				if (!values.containsKey(name)) {
					values.put(name, new ArrayList<>(List.of(button.attr("value"))));
					elements.put(name, button);
				}
			}
			forms.add(new HtmlForm(action, pagePath, values, elements));
		}
		return forms;
	}

	/**
	 * The validation messages of a page answered with the form again: field name and
	 * message, and the form's general messages.
	 */
	public static List<String> problemsOn(String html) {
		List<String> problems = new ArrayList<>();
		var document = parse(html);
		for (Element invalid : document.select(".is-invalid[name]")) {
			Element feedback = document.getElementById(invalid.attr("aria-describedby").split(" ")[0]);
			problems.add(invalid.attr("name") + ": " + ((feedback != null) ? feedback.text() : "?"));
		}
		document.select(".invalid-feedback, .alert-danger, .alert-warning")
			.forEach(message -> problems.add(message.text()));
		return problems.stream().filter(p -> !p.isBlank()).distinct().toList();
	}

	/** The names of the fields the page marks as invalid. */
	public static Set<String> invalidFieldsOn(String html) {
		return parse(html).select(".is-invalid[name]")
			.stream()
			.map(e -> e.attr("name"))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Where the form is sent: path and query. */
	public String action() {
		return action;
	}

	/** The path of the action without its query. */
	public String actionPath() {
		int query = action.indexOf('?');
		return (query < 0) ? action : action.substring(0, query);
	}

	/** The page the form is on. */
	public String page() {
		return page;
	}

	public Set<String> fieldNames() {
		return values.keySet();
	}

	public String value(String name) {
		List<String> list = values.getOrDefault(name, List.of());
		return list.isEmpty() ? "" : list.get(0);
	}

	public boolean has(String name) {
		return values.containsKey(name);
	}

	/** The field's type as the page declares it: text, date, select, textarea, … */
	public String typeOf(String name) {
		Element element = elements.get(name);
		if (element == null) {
			return "text";
		}
		return switch (element.tagName()) {
			case "select", "textarea" -> element.tagName();
			default -> element.attr("type").isEmpty() ? "text" : element.attr("type").toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * Whether the field is one the user does not fill (CSRF, one-time key, version, …).
	 */
	public boolean isHidden(String name) {
		return typeOf(name).equals("hidden") || name.startsWith("_");
	}

	public HtmlForm with(String name, String... newValues) {
		Map<String, List<String>> copy = copy();
		copy.put(name, List.of(newValues));
		return new HtmlForm(action, page, copy, elements);
	}

	public HtmlForm without(String name) {
		Map<String, List<String>> copy = copy();
		copy.remove(name);
		return new HtmlForm(action, page, copy, elements);
	}

	/**
	 * The form filled as a careful user would: every visible field empty on the page gets
	 * a value that fits its type and name (unique names and e-mail addresses, today's
	 * date, the first choice of a list, …); fields the page has filled keep their values.
	 */
	public HtmlForm plausible() {
		Map<String, List<String>> copy = copy();
		int n = COUNTER.incrementAndGet();
		for (Map.Entry<String, Element> entry : elements.entrySet()) {
			String name = entry.getKey();
			Element element = entry.getValue();
			List<String> current = copy.getOrDefault(name, List.of());
			if (isHidden(name) || (!current.isEmpty() && !current.get(0).isBlank())
					|| element.attr("tabindex").equals("-1")) {
				continue; // what the page fills, or a field people do not see (a
							// honeypot)
			}
			String type = typeOf(name);
			if (type.equals("checkbox") || type.equals("radio")) {
				if (current.isEmpty() && !name.toLowerCase(Locale.ROOT).contains("delete")) {
					copy.put(name, List.of(element.attr("value").isEmpty() ? "on" : element.attr("value")));
				}
				continue;
			}
			if (type.equals("select")) {
				element.select("option")
					.stream()
					.map(option -> option.attr("value"))
					.filter(value -> !value.isEmpty())
					.findFirst()
					.ifPresent(value -> copy.put(name, List.of(value)));
				continue;
			}
			copy.put(name, List.of(plausibleValue(name, type, element, n)));
		}
		return new HtmlForm(action, page, copy, elements);
	}

	/**
	 * A word of letters only, different every time and in every test run (names must not
	 * contain digits).
	 */
	public static String uniqueWord() {
		return word(COUNTER.incrementAndGet());
	}

	private static String word(int n) {
		long value = ProcessHandle.current().pid() * 100_000L + n;
		StringBuilder word = new StringBuilder("Pq");
		while (value > 0) {
			word.append((char) ('a' + (value % 26)));
			value /= 26;
		}
		return word.toString();
	}

	private static String plausibleValue(String name, String type, Element element, int n) {
		String lower = name.toLowerCase(Locale.ROOT);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		return switch (type) {
			case "email" -> "probe-" + ProcessHandle.current().pid() + "-" + n + "@test.example";
			case "tel" -> "0251 4711" + (n % 1000);
			case "date" -> (lower.contains("birth") ? today.minusYears(8) : today).toString();
			case "datetime-local" ->
				LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
			case "time" -> "10:00";
			case "number" -> number(lower, element);
			case "url" -> "https://example.org/" + n;
			case "password" -> "ein langes Probe-Passwort " + n;
			case "textarea" -> "Probetext " + word(n);
			default -> {
				if (lower.contains("email") || lower.contains("mail")) {
					yield "probe-" + ProcessHandle.current().pid() + "-" + n + "@test.example";
				}
				if (lower.contains("postal") || lower.contains("plz")) {
					yield "48143";
				}
				if (lower.contains("phone") || lower.contains("telefon")) {
					yield "0251 4711" + (n % 1000);
				}
				if (lower.contains("year")) {
					yield year(lower);
				}
				if (lower.contains("area")) {
					yield "48";
				}
				if (lower.endsWith("ages")) {
					yield "7, 10";
				}
				if (element.attr("inputmode").equals("numeric")) {
					yield "2";
				}
				if (lower.contains("code")) {
					yield "123456";
				}
				yield word(n) + " " + word(n + 1);
			}
		};
	}

	/** An adult's year of birth, or a child's. */
	private static String year(String lower) {
		return lower.contains("adult") || lower.contains("parent") ? "1980"
				: String.valueOf(LocalDate.now(ZoneId.of("Europe/Berlin")).getYear() - 8);
	}

	private static String number(String lower, Element element) {
		if (lower.contains("year")) {
			return year(lower);
		}
		String min = element.attr("min");
		String max = element.attr("max");
		if (!min.isEmpty() && !max.isEmpty()) {
			try {
				return String.valueOf((Long.parseLong(min) + Long.parseLong(max)) / 2);
			}
			catch (NumberFormatException ex) {
				return min;
			}
		}
		if (lower.contains("minute") || lower.contains("duration")) {
			return "60";
		}
		return min.isEmpty() ? "2" : min;
	}

	/**
	 * A copy in which every value goes through the function (field name, value → new
	 * value, or null to leave the value out): the fields a user fills, and with
	 * {@code hiddenToo} the hidden ones as well, except the CSRF token. A field the page
	 * sends without a value goes through it with the empty value.
	 */
	public HtmlForm map(BiFunction<String, String, @Nullable String> change, boolean hiddenToo) {
		Map<String, List<String>> copy = copy();
		for (String name : new ArrayList<>(copy.keySet())) {
			if (name.equals("_csrf") || (isHidden(name) && !hiddenToo)) {
				continue;
			}
			List<String> current = copy.get(name).isEmpty() ? List.of("") : copy.get(name);
			List<String> result = new ArrayList<>();
			for (String value : current) {
				String next = change.apply(name, value);
				if (next != null) {
					result.add(next);
				}
			}
			if (result.isEmpty()) {
				copy.remove(name);
			}
			else {
				copy.put(name, result);
			}
		}
		return new HtmlForm(action, page, copy, elements);
	}

	/** The URL-encoded body a browser sends. */
	public String body() {
		List<String> pairs = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : values.entrySet()) {
			for (String value : entry.getValue()) {
				pairs.add(encode(entry.getKey()) + "=" + encode(value));
			}
		}
		return String.join("&", pairs);
	}

	/** The names of the visible fields that have a value. */
	public Set<String> filled() {
		return values.entrySet()
			.stream()
			.filter(e -> !isHidden(e.getKey()) && !e.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private Map<String, List<String>> copy() {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		values.forEach((name, list) -> copy.put(name, new ArrayList<>(list)));
		return copy;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "POST " + action + " (on " + page + ")";
	}

}
