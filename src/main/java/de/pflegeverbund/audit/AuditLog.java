package de.pflegeverbund.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import de.pflegeverbund.shared.web.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to and verifies the audit log. Each event's hash covers its content and the
 * previous event's hash; appending takes a transaction-scoped advisory lock, so the chain
 * stays linear also with several instances on one database. Events are written in their
 * own transaction: a request that fails still leaves its trace.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		// a transaction of its own on the pool, without the row scope of the JPA
		// transactions (the log holds no case records)
		this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Appends an event: one call of the database function {@code audit_append} (V14),
	 * which takes the log's lock, reads the newest hash and inserts the event with the
	 * hash of the previous one and {@link #content}, in a transaction of its own (a
	 * request that fails still leaves its trace).
	 */
	public void append(@Nullable Long accountId, @Nullable Long providerId, String action, @Nullable String recordType,
			@Nullable Long recordId, @Nullable String route, @Nullable Integer status) {
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		transaction.executeWithoutResult(tx -> jdbc.queryForList("select audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(at), accountId, providerId, action, recordType, recordId, route, status,
				content(at, accountId, providerId, action, recordType, recordId, route, status)));
	}

	/**
	 * The latest events of a Träger's staff, newest first.
	 */
	public List<AuditEvent> latest(long providerId, int limit) {
		return jdbc.query("""
				select id, occurred_at, account_id, provider_id, action, record_type, record_id, route, status
				from audit_event where provider_id = ? order by id desc limit ?""", (row, n) -> event(row), providerId,
				limit);
	}

	/**
	 * Checks the whole chain.
	 * @return the id of the first event whose hash or link does not match, if any
	 */
	public Optional<Long> verify() {
		String[] previous = { GENESIS };
		Long[] broken = { null };
		jdbc.query("""
				select id, occurred_at, account_id, provider_id, action, record_type, record_id, route, status,
				previous_hash, hash from audit_event order by id""", row -> {
			if (broken[0] != null) {
				return;
			}
			AuditEvent event = event(row);
			String expected = hash(previous[0], event.occurredAt(), event.accountId(), event.providerId(),
					event.action(), event.recordType(), event.recordId(), event.route(), event.status());
			if (!previous[0].equals(row.getString(10)) || !expected.equals(row.getString(11))) {
				broken[0] = event.id();
			}
			previous[0] = row.getString(11);
		});
		return Optional.ofNullable(broken[0]);
	}

	/**
	 * How many events the log holds.
	 */
	public long count() {
		return jdbc.queryForObject("select count(*) from audit_event", Long.class);
	}

	private static AuditEvent event(java.sql.ResultSet row) throws java.sql.SQLException {
		return new AuditEvent(row.getLong(1), row.getTimestamp(2).toInstant(), (Long) row.getObject(3),
				(Long) row.getObject(4), row.getString(5), row.getString(6), (Long) row.getObject(7), row.getString(8),
				(Integer) row.getObject(9));
	}

	static String hash(String previous, Instant at, @Nullable Long accountId, @Nullable Long providerId, String action,
			@Nullable String recordType, @Nullable Long recordId, @Nullable String route, @Nullable Integer status) {
		return Sha256
			.hex(previous + "|" + content(at, accountId, providerId, action, recordType, recordId, route, status));
	}

	/** What the hash covers besides the previous hash. */
	static String content(Instant at, @Nullable Long accountId, @Nullable Long providerId, String action,
			@Nullable String recordType, @Nullable Long recordId, @Nullable String route, @Nullable Integer status) {
		return String.join("|", at.truncatedTo(ChronoUnit.MICROS).toString(), String.valueOf(accountId),
				String.valueOf(providerId), action, String.valueOf(recordType), String.valueOf(recordId),
				String.valueOf(route), String.valueOf(status));
	}

}
