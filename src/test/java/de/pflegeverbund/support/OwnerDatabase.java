package de.pflegeverbund.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Connections of the tests' own as the owner of the tables, like a database
 * administrator: to arrange records and to look at what the portal stored, past the
 * row-level security that holds for the portal's own connections. One small pool per
 * database for the whole JVM.
 */
final class OwnerDatabase {

	private static final Map<String, JdbcTemplate> TEMPLATES = new ConcurrentHashMap<>();

	private OwnerDatabase() {
	}

	static JdbcTemplate jdbc(Environment environment) {
		String url = environment.getRequiredProperty("spring.datasource.url");
		return TEMPLATES.computeIfAbsent(url, key -> {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(key);
			dataSource.setUsername(environment.getRequiredProperty("spring.flyway.user"));
			dataSource.setPassword(environment.getProperty("spring.datasource.password", ""));
			dataSource.setMaximumPoolSize(4);
			dataSource.setPoolName("test-owner");
			return new JdbcTemplate(dataSource);
		});
	}

}
