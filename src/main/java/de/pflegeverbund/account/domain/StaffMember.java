package de.pflegeverbund.account.domain;

import de.pflegeverbund.account.Role;

/**
 * A member of a Träger's staff as the staff list shows it.
 *
 * @param invitationPending the person has not yet set a password and an invitation link
 * is open
 */
public record StaffMember(long id, String email, String displayName, Role role, boolean active, boolean joined,
		boolean invitationPending) {

	public static StaffMember of(UserAccount account, boolean invitationPending) {
		return new StaffMember(account.id(), account.email(), account.displayName(), account.role(), account.isActive(),
				account.hasPassword(), invitationPending);
	}

}
