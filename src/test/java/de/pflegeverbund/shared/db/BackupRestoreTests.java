package de.pflegeverbund.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore scripts on the embedded PostgreSQL of the tests with the demo
 * network: {@code scripts/backup.sh --embedded} writes a pg_dump in the custom format,
 * {@code scripts/restore.sh} restores it into a new database, and every table holds the
 * same rows there (count and a checksum over all rows), every sequence stands where it
 * stood, and the row-level security policies came along.
 */
class BackupRestoreTests extends PortalIntegrationTest {

	@TempDir
	Path directory;

	@Test
	void aBackupOfTheDemoDatabaseRestoresIntoAFreshOneWithEveryRow() throws Exception {
		String dataDir = jdbc.queryForObject("select current_setting('data_directory')", String.class);
		Path dump = directory.resolve("demo.dump");
		String database = "restored_" + unique("x").replaceAll("[^a-z0-9]", "").toLowerCase();

		run("scripts/backup.sh", "--embedded", dataDir, dump.toString());
		assertThat(Files.size(dump)).isPositive();
		assertThat(new String(Files.readAllBytes(dump), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("PGDMP");
		Map<String, String> before = fingerprint(jdbc);
		run("scripts/restore.sh", "--embedded", dataDir, database, dump.toString());

		String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL())
			.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
		try (HikariDataSource restored = new HikariDataSource()) {
			restored.setJdbcUrl(url);
			restored.setUsername("postgres");
			restored.setMaximumPoolSize(1);
			JdbcTemplate restoredJdbc = new JdbcTemplate(restored);
			Map<String, String> after = fingerprint(restoredJdbc);
			assertThat(after).isEqualTo(before);
			assertThat(before).containsKeys("table foster_family", "table visit", "table audit_event",
					"table flyway_schema_history");
			assertThat(before.get("table visit")).doesNotStartWith("0 ");
			assertThat(restoredJdbc.queryForObject("select count(*) from pg_policies where schemaname = 'public'",
					Long.class))
				.isEqualTo(
						jdbc.queryForObject("select count(*) from pg_policies where schemaname = 'public'", Long.class))
				.isPositive();
		}
		finally {
			jdbc.execute("drop database if exists " + database + " with (force)");
		}
	}

	/** Rows and checksum of every table, position of every sequence. */
	private static Map<String, String> fingerprint(JdbcTemplate jdbc) {
		Map<String, String> result = new LinkedHashMap<>();
		List<String> tables = jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""", String.class);
		for (String table : tables) {
			result.put("table " + table,
					jdbc.queryForObject("select count(*) || ' ' || md5(coalesce(string_agg(t::text, "
							+ "E'\\n' order by t::text), '')) from \"" + table + "\" t", String.class));
		}
		for (String sequence : jdbc.queryForList(
				"select sequencename from pg_sequences where schemaname = 'public' order by 1", String.class)) {
			result.put("sequence " + sequence,
					String.valueOf(jdbc.queryForObject(
							"select last_value from pg_sequences where schemaname = 'public' and sequencename = ?",
							Long.class, sequence)));
		}
		return result;
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(15, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
	}

}
