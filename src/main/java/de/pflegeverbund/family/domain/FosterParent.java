package de.pflegeverbund.family.domain;

import de.pflegeverbund.family.FamilyRuleException;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.family.HouseholdData;
import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * An adult of the household (Pflegeperson). Of the extended police certificate only three
 * facts are kept: the day it was inspected, its date, and whether it has a relevant entry
 * (§72a Abs. 5 SGB VIII). They are kept out of the change history so that erasing them
 * erases them everywhere.
 */
@Entity
@Audited
public class FosterParent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "family_id")
	private FosterFamily family;

	private long providerId;

	private int position;

	private String name;

	private int birthYear;

	@Enumerated(EnumType.STRING)
	private Qualification qualification;

	private @Nullable String occupation;

	@NotAudited
	private @Nullable LocalDate certificateInspectedOn;

	@NotAudited
	private @Nullable LocalDate certificateDate;

	@NotAudited
	private @Nullable Boolean certificateRelevantEntry;

	/**
	 * The due date a reminder has been sent for; a renewed certificate has a new due
	 * date.
	 */
	@NotAudited
	private @Nullable LocalDate certificateReminderDue;

	protected FosterParent() {
		this.family = new FosterFamily();
		this.name = "";
		this.qualification = Qualification.NONE;
	}

	FosterParent(FosterFamily family, long providerId, int position, HouseholdData.AdultData data) {
		this.family = family;
		this.providerId = providerId;
		this.position = position;
		this.name = data.name();
		this.qualification = data.qualification();
		update(data);
	}

	void update(HouseholdData.AdultData data) {
		this.name = data.name();
		this.birthYear = data.birthYear();
		this.qualification = data.qualification();
		this.occupation = data.occupation();
	}

	/**
	 * Records that the extended police certificate has been inspected.
	 * @throws FamilyRuleException when the dates are impossible
	 */
	public void recordCertificate(LocalDate inspectedOn, LocalDate certificateDate, boolean relevantEntry,
			LocalDate today) {
		if (inspectedOn.isAfter(today)) {
			throw new FamilyRuleException("inspectedOn", "family.certificate.inspectedInFuture");
		}
		if (certificateDate.isAfter(inspectedOn)) {
			throw new FamilyRuleException("certificateDate", "family.certificate.dateAfterInspection");
		}
		this.certificateInspectedOn = inspectedOn;
		this.certificateDate = certificateDate;
		this.certificateRelevantEntry = relevantEntry;
	}

	/**
	 * Erases the three certificate facts (retention ended).
	 */
	public void eraseCertificate() {
		this.certificateInspectedOn = null;
		this.certificateDate = null;
		this.certificateRelevantEntry = null;
		this.certificateReminderDue = null;
	}

	/**
	 * When a new certificate is due, or {@code null} if none has been recorded.
	 */
	public @Nullable LocalDate certificateDue(Period validity) {
		return (certificateDate != null) ? certificateDate.plus(validity) : null;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Foster parent not yet saved");
		}
		return id;
	}

	public FosterFamily family() {
		return family;
	}

	public int position() {
		return position;
	}

	public String name() {
		return name;
	}

	public int birthYear() {
		return birthYear;
	}

	public Qualification qualification() {
		return qualification;
	}

	public @Nullable String occupation() {
		return occupation;
	}

	public @Nullable LocalDate certificateInspectedOn() {
		return certificateInspectedOn;
	}

	public @Nullable LocalDate certificateDate() {
		return certificateDate;
	}

	public @Nullable Boolean certificateRelevantEntry() {
		return certificateRelevantEntry;
	}

	public @Nullable LocalDate certificateReminderDue() {
		return certificateReminderDue;
	}

	HouseholdData.AdultData toData() {
		return new HouseholdData.AdultData(name, birthYear, qualification, occupation);
	}

}
