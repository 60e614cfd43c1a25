package de.pflegeverbund.shared.db;

import java.sql.PreparedStatement;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JPA transaction manager that tells PostgreSQL, first thing in every transaction,
 * which Träger the transaction works for ({@link RowScope}). The row-level security
 * policies of the case tables (migration V10) hide every other Träger's rows, so a query
 * that forgot the application's filter still returns nothing foreign. The settings are
 * local to the transaction and gone when the connection goes back to the pool.
 * <p>
 * Before a transaction of a request that sends a form commits, it stores the form's
 * one-time key with the transaction's writes ({@link FormSubmissionKey}).
 */
public class RowScopeTransactionManager extends JpaTransactionManager {

	private static final String SET_SCOPE = "select set_config('portal.providers', ?, true), "
			+ "set_config('portal.account', ?, true)";

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory());
		EntityManager entityManager = holder.getEntityManager();
		RowScope scope = RowScope.current();
		try {
			entityManager.unwrap(Session.class).doWork(connection -> {
				try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
					statement.setString(1, scope.providers());
					statement.setString(2, scope.account());
					statement.execute();
				}
			});
		}
		catch (RuntimeException ex) {
			// the rollback fails too when the connection is gone; the thread
			// must be freed of the transaction's entity manager and connection
			// all the same, or every later request on it would join the dead
			// transaction
			try {
				if (entityManager.getTransaction().isActive()) {
					entityManager.getTransaction().rollback();
				}
			}
			catch (RuntimeException rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			finally {
				doCleanupAfterCompletion(transaction);
			}
			throw new CannotCreateTransactionException("Could not state the row scope of the transaction", ex);
		}
	}

	@Override
	protected void prepareForCommit(DefaultTransactionStatus status) {
		super.prepareForCommit(status);
		FormSubmissionKey key = FormSubmissionKey.current();
		if (key == null || key.stored() || !status.isNewTransaction() || status.isReadOnly()) {
			return;
		}
		EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory());
		if (holder == null) {
			return;
		}
		EntityManager entityManager = holder.getEntityManager();
		try {
			entityManager.flush();
			entityManager.unwrap(Session.class).doWork(key::storeIfWritten);
		}
		catch (RuntimeException ex) {
			// as JpaTransactionManager does with a failure to flush at commit
			throw DataAccessUtils.translateIfNecessary(ex, getJpaDialect());
		}
	}

}
