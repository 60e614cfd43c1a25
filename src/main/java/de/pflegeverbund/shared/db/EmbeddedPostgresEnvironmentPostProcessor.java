package de.pflegeverbund.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL (zonky binaries) when no {@code spring.datasource.url} is
 * configured and points the data source at it.
 * <p>
 * The data lives in {@code portal.embedded-db.data-dir} (default {@code ./data/postgres})
 * and survives restarts. With {@code portal.embedded-db.temporary=true} a fresh,
 * throw-away directory is used instead (tests). One server is started per JVM, whatever
 * the number of application contexts, and stopped when the JVM exits.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	private static @Nullable String runningUrl;

	private final Log logger;

	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("portal.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", start(environment));
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
	}

	private String start(ConfigurableEnvironment environment) {
		synchronized (EmbeddedPostgresEnvironmentPostProcessor.class) {
			if (runningUrl == null) {
				runningUrl = startServer(environment);
			}
			return runningUrl;
		}
	}

	private String startServer(ConfigurableEnvironment environment) {
		boolean temporary = environment.getProperty("portal.embedded-db.temporary", Boolean.class, false);
		Path dataDir = temporary ? createTempDir()
				: Path.of(environment.getProperty("portal.embedded-db.data-dir", "./data/postgres"));
		long started = System.nanoTime();
		String url = EmbeddedPostgresServer
			.start(dataDir, temporary, environment.getProperty("portal.embedded-db.port", Integer.class, 0))
			.jdbcUrl();
		logger.info("Embedded PostgreSQL started with data in " + dataDir.toAbsolutePath().normalize() + " ("
				+ (System.nanoTime() - started) / 1_000_000 + " ms)");
		return url;
	}

	private static Path createTempDir() {
		try {
			return Files.createTempDirectory("portal-postgres-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public int getOrder() {
		// after the config data (application.properties, profiles) has been loaded
		return Ordered.LOWEST_PRECEDENCE;
	}

}
