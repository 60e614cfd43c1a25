package de.pflegeverbund.account;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import de.pflegeverbund.shared.db.RowScope;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user. The Träger a user acts for comes from here, never from the request.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, RowScope.Holder {

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final @Nullable Long providerId;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final SecondFactor secondFactor;

	/**
	 * What the user must show besides the password at sign-in.
	 */
	public enum SecondFactor {

		/** The password is enough. */
		NONE,
		/** A code from the authenticator app (or a recovery code). */
		CODE,
		/** Required, but not set up yet: the user sets it up right after the password. */
		ENROL

	}

	public PortalUser(long id, String email, String displayName, Role role, @Nullable Long providerId,
			@Nullable String passwordHash, boolean enabled) {
		this(id, email, displayName, role, providerId, passwordHash, enabled, SecondFactor.NONE);
	}

	public PortalUser(long id, String email, String displayName, Role role, @Nullable Long providerId,
			@Nullable String passwordHash, boolean enabled, SecondFactor secondFactor) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.providerId = providerId;
		this.passwordHash = passwordHash;
		this.enabled = enabled && passwordHash != null;
		this.secondFactor = secondFactor;
	}

	/**
	 * The same user after setting up the second factor.
	 */
	public PortalUser withSecondFactorSetUp() {
		return new PortalUser(this, SecondFactor.CODE);
	}

	/**
	 * The same user after removing the second factor.
	 */
	public PortalUser withoutSecondFactor() {
		return new PortalUser(this, SecondFactor.NONE);
	}

	private PortalUser(PortalUser user, SecondFactor secondFactor) {
		this.id = user.id;
		this.email = user.email;
		this.displayName = user.displayName;
		this.role = user.role;
		this.providerId = user.providerId;
		this.passwordHash = user.passwordHash;
		this.enabled = user.enabled;
		this.secondFactor = secondFactor;
	}

	public SecondFactor secondFactor() {
		return secondFactor;
	}

	public long id() {
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

	/**
	 * The Träger the user belongs to; {@code null} only for coordinators.
	 */
	public @Nullable Long providerId() {
		return providerId;
	}

	/**
	 * The Träger of a user who must belong to one.
	 * @throws IllegalStateException for a coordinator
	 */
	public long requireProviderId() {
		if (providerId == null) {
			throw new IllegalStateException("User " + id + " does not belong to a Träger");
		}
		return providerId;
	}

	@Override
	public @Nullable Long rowScopeProvider() {
		return providerId;
	}

	@Override
	public long rowScopeAccount() {
		return id;
	}

	public boolean hasRole(Role candidate) {
		return role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof PortalUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

	@Override
	public String toString() {
		return "PortalUser[" + id + ", " + role + "]";
	}

}
