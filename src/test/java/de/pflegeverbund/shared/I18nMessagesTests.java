package de.pflegeverbund.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees comes from the message files, in German and in English.
 */
class I18nMessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");

	@Test
	void germanAndEnglishHaveTheSameKeys() {
		Set<String> german = load("messages/messages.properties").stringPropertyNames();
		Set<String> english = load("messages/messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(english)).containsExactlyElementsOf(new TreeSet<>(german));
	}

	@Test
	void templatesUseOnlyExistingKeys() throws IOException {
		Set<String> german = load("messages/messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!german.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<style.*?</style>", "");
			Matcher matcher = TEXT_NODE.matcher(html);
			while (matcher.find()) {
				String text = matcher.group(1).replaceAll("\\[\\[.*?]]", "").strip();
				if (text.chars().anyMatch(Character::isLetter)) {
					literals.add(TEMPLATES.relativize(template) + ": " + text);
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = I18nMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
