package de.pflegeverbund.inquiry.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A note of the Träger on an inquiry; notes are added, never changed.
 */
@Entity
public class InquiryNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long inquiryId;

	private long authorId;

	private Instant writtenAt;

	private String text;

	protected InquiryNote() {
		this.writtenAt = Instant.EPOCH;
		this.text = "";
	}

	public InquiryNote(long inquiryId, long authorId, Instant writtenAt, String text) {
		this.inquiryId = inquiryId;
		this.authorId = authorId;
		this.writtenAt = writtenAt;
		this.text = text;
	}

	public long authorId() {
		return authorId;
	}

	public Instant writtenAt() {
		return writtenAt;
	}

	public String text() {
		return text;
	}

}
