package de.pflegeverbund.account.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link for setting a password. Only the SHA-256 hash of the secret is stored.
 */
@Entity
public class OneTimeToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private TokenPurpose purpose;

	private String tokenHash;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private Instant createdAt = Instant.now();

	protected OneTimeToken() {
		this.purpose = TokenPurpose.INVITATION;
		this.tokenHash = "";
		this.expiresAt = Instant.EPOCH;
	}

	public OneTimeToken(long accountId, TokenPurpose purpose, String tokenHash, Instant expiresAt) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Token not yet saved");
		}
		return id;
	}

	public long accountId() {
		return accountId;
	}

	public TokenPurpose purpose() {
		return purpose;
	}

	public boolean isUsed() {
		return usedAt != null;
	}

	public boolean isExpired(Instant now) {
		return !now.isBefore(expiresAt);
	}

}
