package de.pflegeverbund.account;

/**
 * A member of a Träger's staff as other modules may know them.
 */
public record StaffSummary(long id, String displayName, String email, Role role, boolean active) {
}
