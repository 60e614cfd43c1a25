package de.pflegeverbund.visit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A later addition to a contact whose edit period is over.
 */
@Entity
class VisitAmendment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long visitId;

	private long providerId;

	private long authorId;

	private String text;

	private Instant createdAt = Instant.now();

	protected VisitAmendment() {
		this.text = "";
	}

	VisitAmendment(long visitId, long providerId, long authorId, String text) {
		this.visitId = visitId;
		this.providerId = providerId;
		this.authorId = authorId;
		this.text = text;
	}

	long authorId() {
		return authorId;
	}

	String text() {
		return text;
	}

	Instant createdAt() {
		return createdAt;
	}

}
