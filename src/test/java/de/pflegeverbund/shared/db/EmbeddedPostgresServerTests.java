package de.pflegeverbund.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestartOnTheSameDirectory() throws Exception {
		EmbeddedPostgresServer.Running first = EmbeddedPostgresServer.start(dataDir, false, 0);
		try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (value text)");
			statement.execute("insert into kept values ('Pflegefamilie')");
			try (ResultSet version = statement.executeQuery("show server_version")) {
				version.next();
				assertThat(version.getString(1)).startsWith("18.");
			}
		}
		first.server().close();

		EmbeddedPostgresServer.Running second = EmbeddedPostgresServer.start(dataDir, false, 0);
		try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select value from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Pflegefamilie");
		}
		finally {
			second.server().close();
		}
	}

}
