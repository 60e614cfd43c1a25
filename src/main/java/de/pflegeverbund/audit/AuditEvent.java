package de.pflegeverbund.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log.
 *
 * @param action READ, WRITE, LOGIN, LOGIN_FAILED or LOGOUT
 * @param recordType what kind of record the route concerns (its first path segment)
 * @param recordId the record's id from the route, if any
 * @param route the route pattern, never the query string
 */
public record AuditEvent(long id, Instant occurredAt, @Nullable Long accountId, @Nullable Long providerId,
		String action, @Nullable String recordType, @Nullable Long recordId, @Nullable String route,
		@Nullable Integer status) {
}
