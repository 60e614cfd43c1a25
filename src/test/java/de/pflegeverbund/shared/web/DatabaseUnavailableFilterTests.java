package de.pflegeverbund.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database is not there" (503) and which are faults (500): the
 * shapes seen while PostgreSQL was stopped under load (DatabaseOutageTests).
 */
class DatabaseUnavailableFilterTests {

	@Test
	void failuresOfTheConnectionMeanTheDatabaseIsUnavailable() {
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(
				new CannotGetJdbcConnectionException("no", new SQLTransientConnectionException("pool timeout"))))
			.isTrue();
		assertThat(DatabaseUnavailableFilter
			.isDatabaseUnavailable(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
		assertThat(DatabaseUnavailableFilter
			.isDatabaseUnavailable(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
		// a pooled connection closed under the statement, and the rollback that failed
		// after it
		UncategorizedSQLException closed = new UncategorizedSQLException("select", "select 1",
				new SQLException("Connection is closed"));
		TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollbackFailed.initApplicationException(closed);
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(closed)).isTrue();
		assertThat(
				DatabaseUnavailableFilter.isDatabaseUnavailable(new jakarta.servlet.ServletException(rollbackFailed)))
			.isTrue();
	}

	@Test
	void faultsOfTheRequestOrTheCodeAreNot() {
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(
				new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(
				new UncategorizedSQLException("select", "select 1", new SQLException("syntax", "42601"))))
			.isFalse();
	}

}
