package de.pflegeverbund.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The only class that touches the zonky API, so that a production build without it never
 * loads it.
 */
final class EmbeddedPostgresServer {

	private EmbeddedPostgresServer() {
	}

	/**
	 * A started server.
	 *
	 * @param jdbcUrl the JDBC URL of the {@code postgres} database (user
	 * {@code postgres}, no password)
	 * @param server stops the server when closed
	 */
	record Running(String jdbcUrl, Closeable server) {
	}

	/**
	 * Starts PostgreSQL on the given data directory, creating the cluster if the
	 * directory is empty, and stops it when the JVM exits.
	 * @param clean wipe the directory before and after (throw-away databases)
	 * @param port the port, 0 for any free one
	 * @return the running server
	 */
	static Running start(Path dataDir, boolean clean, int port) {
		try {
			Files.createDirectories(dataDir);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(clean)
				.setPort(port)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC")
				// statement statistics for diagnosis (and the plan test of the hot
				// queries)
				.setServerConfig("shared_preload_libraries", "pg_stat_statements")
				.setServerConfig("track_activity_query_size", "16384")
				// zonky turns synchronous commits off (fast tests); data that is kept
				// must
				// survive a crash once the portal has acknowledged it
				.setServerConfig("synchronous_commit", clean ? "off" : "on")
				.setLocaleConfig("encoding", "UTF8")
				.setRegisterShutdownHook(true)
				.start();
			return new Running(postgres.getJdbcUrl("postgres", "postgres"), postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

}
