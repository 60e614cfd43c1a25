package de.pflegeverbund.shared.db;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresEnvironmentPostProcessorTests {

	private final EmbeddedPostgresEnvironmentPostProcessor processor = new EmbeddedPostgresEnvironmentPostProcessor(
			new DeferredLogs());

	@Test
	void embedsNothingWhenADataSourceUrlIsConfigured() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.example:5432/portal");
		processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().contains("embeddedPostgres")).isFalse();
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example:5432/portal");
	}

	@Test
	void embedsNothingWhenSwitchedOff() {
		MockEnvironment environment = new MockEnvironment().withProperty("portal.embedded-db.enabled", "false");
		processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isNull();
	}

}
