package de.pflegeverbund.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The one-time key of the form the current request sends (hidden field {@value #FIELD}),
 * held for the request's thread. The first transaction of the request that writes
 * anything stores the key with its writes ({@link RowScopeTransactionManager}); a second
 * sending of the same form then finds the key, or, when both arrive at once, fails on it
 * and is rolled back whole. So a form is written at most once, whatever the browser sends
 * again.
 */
public final class FormSubmissionKey {

	/** The name of the hidden field. */
	public static final String FIELD = "_formular";

	private static final ThreadLocal<FormSubmissionKey> CURRENT = new ThreadLocal<>();

	private static final String UNIQUE_VIOLATION = "23505";

	private final UUID token;

	private boolean stored;

	private FormSubmissionKey(UUID token) {
		this.token = token;
	}

	/** The request on this thread sends the form with this key. */
	public static void begin(UUID token) {
		CURRENT.set(new FormSubmissionKey(token));
	}

	/** The key of the form this thread's request sends, if any. */
	public static @Nullable FormSubmissionKey current() {
		return CURRENT.get();
	}

	public static void end() {
		CURRENT.remove();
	}

	public UUID token() {
		return token;
	}

	/** Whether a transaction of this request has stored the key with its writes. */
	public boolean stored() {
		return stored;
	}

	/**
	 * Called before a transaction commits, with its connection and after its pending
	 * changes have been sent: if the transaction wrote anything (PostgreSQL gave it a
	 * transaction id) and the key is not stored yet, stores it.
	 * @throws DuplicateSubmissionException if the key is stored already (the same form
	 * was sent at the same time and has been written)
	 */
	void storeIfWritten(Connection connection) throws SQLException {
		if (stored) {
			return;
		}
		// one statement: the key is stored only if the transaction has written anything
		// (PostgreSQL gave it a transaction id)
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into form_submission (token) select ? where pg_current_xact_id_if_assigned() is not null")) {
			insert.setObject(1, token);
			stored = insert.executeUpdate() == 1;
		}
		catch (SQLException ex) {
			if (UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				throw new DuplicateSubmissionException(token);
			}
			throw ex;
		}
	}

}
