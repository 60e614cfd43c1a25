package de.pflegeverbund.account.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OneTimeTokens extends JpaRepository<OneTimeToken, Long> {

	Optional<OneTimeToken> findByTokenHash(String tokenHash);

	/**
	 * Marks the token used unless it already is; the returned count tells who won a race.
	 */
	@Modifying
	@Query("update OneTimeToken t set t.usedAt = :now where t.id = :id and t.usedAt is null and t.expiresAt > :now")
	int markUsed(long id, Instant now);

	/**
	 * Voids every open link of an account, e.g. when a new one is sent or a password has
	 * been set.
	 */
	@Modifying
	@Query("update OneTimeToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null")
	int voidOpenTokens(long accountId, Instant now);

	@Query("select count(t) > 0 from OneTimeToken t where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now")
	boolean hasOpenToken(long accountId, TokenPurpose purpose, Instant now);

}
