package de.pflegeverbund.account.domain;

import java.time.Instant;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An account of any role. Created without a password; the owner sets it through a
 * one-time link.
 */
@Entity
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String email;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable Long providerId;

	private @Nullable String passwordHash;

	private boolean active = true;

	private Instant createdAt = Instant.now();

	private @Nullable String totpSecret;

	private @Nullable Instant totpEnrolledAt;

	@Version
	private long version;

	protected UserAccount() {
		this.email = "";
		this.displayName = "";
		this.role = Role.FAMILY;
	}

	public UserAccount(String email, String displayName, Role role, @Nullable Long providerId) {
		if (role.belongsToProvider() != (providerId != null)) {
			throw new IllegalArgumentException("Role " + role + " and Träger do not fit together");
		}
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.providerId = providerId;
	}

	public void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	/**
	 * @param secondFactorRequired whether the Träger or the state office requires a
	 * second factor of its staff
	 */
	public PortalUser toPortalUser(boolean providerActive, boolean secondFactorRequired) {
		PortalUser.SecondFactor secondFactor = (totpSecret != null) ? PortalUser.SecondFactor.CODE
				: (secondFactorRequired && role != Role.FAMILY) ? PortalUser.SecondFactor.ENROL
						: PortalUser.SecondFactor.NONE;
		return new PortalUser(id(), email, displayName, role, providerId, passwordHash, active && providerActive,
				secondFactor);
	}

	public @Nullable String totpSecret() {
		return totpSecret;
	}

	public @Nullable Instant totpEnrolledAt() {
		return totpEnrolledAt;
	}

	public void setUpSecondFactor(String secret, Instant now) {
		this.totpSecret = secret;
		this.totpEnrolledAt = now;
	}

	public void removeSecondFactor() {
		this.totpSecret = null;
		this.totpEnrolledAt = null;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Account not yet saved");
		}
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public @Nullable Long providerId() {
		return providerId;
	}

	public boolean isActive() {
		return active;
	}

	/**
	 * Whether the owner has set a password, i.e. has accepted the invitation.
	 */
	public boolean hasPassword() {
		return passwordHash != null;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
