package de.pflegeverbund.shared.db;

import java.util.List;

import de.pflegeverbund.support.PortalIntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations, on databases of their own: all of them on an empty database, and the
 * newest on a database that holds data at the schema before it, which must come through
 * unchanged.
 */
class MigrationTests extends PortalIntegrationTest {

	@Test
	void allMigrationsApplyToAnEmptyDatabase() {
		withDatabase("migration_empty", url -> {
			MigrateResult result = flyway(url, null).migrate();
			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isEqualTo(flyway(url, null).info().applied().length);
			assertThat(flyway(url, null).validateWithResult().validationSuccessful).isTrue();
		});
	}

	@Test
	void theNewestMigrationKeepsTheDataOfThePreviousSchema() {
		withDatabase("migration_previous", url -> {
			MigrationInfo[] all = flyway(url, null).info().all();
			String previous = all[all.length - 2].getVersion().getVersion();
			flyway(url, previous).migrate();
			SingleConnectionDataSource connection = new SingleConnectionDataSource(url, "postgres", "", true);
			JdbcTemplate db = new JdbcTemplate(connection);
			db.update(
					"insert into provider (name, seat, contact_email) values ('Alt-Träger', 'Hamm', 'a@alt.example')");
			long provider = db.queryForObject("select id from provider where name = 'Alt-Träger'", Long.class);
			db.update("""
					insert into user_account (email, display_name, role, provider_id, password_hash)
					values ('alt@alt.example', 'Alte Fachkraft', 'COUNSELLOR', ?, 'x')""", provider);
			db.update(
					"""
							insert into foster_family (provider_id, name, postal_code, city, care_types, places, status, care_permit)
							values (?, 'Familie Alt', '59065', 'Hamm', 'LONG_TERM', 1, 'OCCUPIED', 'GRANTED')""",
					provider);
			String before = checksum(db);

			MigrateResult result = flyway(url, null).migrate();

			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isOne();
			assertThat(checksum(db)).as("provider, account and family as they were").isEqualTo(before);
			connection.destroy();
		});
	}

	private static String checksum(JdbcTemplate db) {
		List<String> rows = db.queryForList("""
				select md5(string_agg(row_text, '|' order by row_text)) from (
				    select p.name || p.seat || p.contact_email as row_text from provider p
				    union all select u.email || u.display_name || u.role from user_account u
				    union all select f.name || f.city || f.status from foster_family f) rows""", String.class);
		return rows.get(0);
	}

	private static Flyway flyway(String url, String target) {
		var configuration = Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

	private void withDatabase(String name, java.util.function.Consumer<String> work) {
		String server = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL())
			.replaceAll("/postgres(\\?.*)?$", "");
		jdbc.execute("drop database if exists " + name + " with (force)");
		jdbc.execute("create database " + name);
		try {
			work.accept(server + "/" + name);
		}
		finally {
			jdbc.execute("drop database if exists " + name + " with (force)");
		}
	}

}
