package de.pflegeverbund.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When PostgreSQL does not answer (stopped, restarting, unreachable) a request fails
 * within the pool's connection timeout with a German "temporarily unavailable" page (503,
 * {@code Retry-After}) instead of an error page or a hanging browser. The page is static:
 * rendering the usual layout would need the session, which lives in the same database.
 * Outermost filter, so that it also catches the failure to load the session. Nothing
 * half-done remains: the transaction that could not start or finish is rolled back by
 * PostgreSQL.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableFilter.class);

	private final byte[] page;

	public DatabaseUnavailableFilter() {
		try (InputStream in = new ClassPathResource("static-pages/503.html").getInputStream()) {
			this.page = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// the error page needs the session too
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!isDatabaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn(
					"Database unavailable, answered 503: " + rootCause(ex).getClass().getSimpleName() + sqlStateOf(ex));
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "30");
			response.setHeader("Cache-Control", "no-store");
			response.setContentType("text/html;charset=UTF-8");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentLength(page.length);
			response.getOutputStream().write(page);
		}
	}

	/**
	 * Whether the failure means the database cannot be reached (rather than a fault of
	 * the request or the code).
	 */
	static boolean isDatabaseUnavailable(@Nullable Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException
					|| cause instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			if (cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (cause instanceof org.springframework.transaction.TransactionSystemException failed
					&& failed.getApplicationException() != null
					&& isDatabaseUnavailable(failed.getApplicationException())) {
				// the rollback after the failure failed as well and took its place
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// connection exceptions, admin shutdown, cannot connect now
				return true;
			}
			if (cause instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
				// HikariCP: a pooled connection the database closed
				return true;
			}
		}
		return false;
	}

	/**
	 * The SQL state of the failure, which names the cause without the message's text
	 * (that may quote values).
	 */
	private static String sqlStateOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return " (SQL state " + sql.getSQLState() + ")";
			}
		}
		return "";
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
