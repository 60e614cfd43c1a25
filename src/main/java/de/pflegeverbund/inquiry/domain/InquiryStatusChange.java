package de.pflegeverbund.inquiry.domain;

import java.time.LocalDate;

import de.pflegeverbund.inquiry.InquiryStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A dated step of an inquiry in the pipeline.
 */
@Entity
public class InquiryStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long inquiryId;

	@Enumerated(EnumType.STRING)
	private @Nullable InquiryStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private InquiryStatus toStatus;

	private LocalDate changedOn;

	private @Nullable Long changedBy;

	private @Nullable String note;

	protected InquiryStatusChange() {
		this.toStatus = InquiryStatus.NEW;
		this.changedOn = LocalDate.EPOCH;
	}

	InquiryStatusChange(long inquiryId, @Nullable InquiryStatus fromStatus, InquiryStatus toStatus, LocalDate changedOn,
			@Nullable Long changedBy, @Nullable String note) {
		this.inquiryId = inquiryId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedOn = changedOn;
		this.changedBy = changedBy;
		this.note = note;
	}

	public @Nullable InquiryStatus fromStatus() {
		return fromStatus;
	}

	public InquiryStatus toStatus() {
		return toStatus;
	}

	public LocalDate changedOn() {
		return changedOn;
	}

	public @Nullable Long changedBy() {
		return changedBy;
	}

	public @Nullable String note() {
		return note;
	}

}
