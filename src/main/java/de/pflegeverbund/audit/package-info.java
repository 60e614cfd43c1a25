/**
 * The audit log: who read or changed which record through which route and when (UTC), and
 * every sign-in; append-only and chained by hashes, verifiable with
 * {@code --audit-verify}; the Leitung views and exports the events of its Träger's staff.
 */
@NullMarked
package de.pflegeverbund.audit;

import org.jspecify.annotations.NullMarked;
