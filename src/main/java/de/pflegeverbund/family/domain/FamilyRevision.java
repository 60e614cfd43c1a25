package de.pflegeverbund.family.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One revision of the change history: when, and which account made it.
 */
@Entity
@Table(name = "revision_info")
@RevisionEntity(FamilyRevisionListener.class)
public class FamilyRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private @Nullable Long id;

	@RevisionTimestamp
	private long timestamp;

	private @Nullable Long accountId;

	public long timestamp() {
		return timestamp;
	}

	public @Nullable Long accountId() {
		return accountId;
	}

	void setAccountId(@Nullable Long accountId) {
		this.accountId = accountId;
	}

}
