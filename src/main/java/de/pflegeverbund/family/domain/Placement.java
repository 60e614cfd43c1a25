package de.pflegeverbund.family.domain;

import de.pflegeverbund.family.FamilyRuleException;
import de.pflegeverbund.family.PlacementEndReason;
import java.time.LocalDate;

import de.pflegeverbund.family.CareType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A Pflegeverhältnis. The child is pseudonymised: an alias or initials and the birth
 * year, never a full name or an address.
 */
@Entity
public class Placement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long familyId;

	private long providerId;

	private String childAlias;

	private int birthYear;

	@Enumerated(EnumType.STRING)
	private CareType careType;

	private String placingOffice;

	private LocalDate startedOn;

	private @Nullable LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable PlacementEndReason endReason;

	@Version
	private long version;

	protected Placement() {
		this.childAlias = "";
		this.careType = CareType.LONG_TERM;
		this.placingOffice = "";
		this.startedOn = LocalDate.EPOCH;
	}

	public Placement(FosterFamily family, String childAlias, int birthYear, CareType careType, String placingOffice,
			LocalDate startedOn, LocalDate today) {
		if (!family.status().isActive()) {
			throw new FamilyRuleException("childAlias", "family.placement.familyEnded");
		}
		if (birthYear > startedOn.getYear()) {
			throw new FamilyRuleException("birthYear", "family.placement.bornAfterStart");
		}
		if (startedOn.isAfter(today.plusYears(1))) {
			throw new FamilyRuleException("startedOn", "family.placement.startTooFar");
		}
		this.familyId = family.id();
		this.providerId = family.providerId();
		this.childAlias = childAlias;
		this.birthYear = birthYear;
		this.careType = careType;
		this.placingOffice = placingOffice;
		this.startedOn = startedOn;
	}

	/**
	 * Ends the placement.
	 * @throws FamilyRuleException when it has ended already or the end lies before the
	 * start
	 */
	public void end(LocalDate on, PlacementEndReason reason) {
		if (endedOn != null) {
			throw new FamilyRuleException("endedOn", "family.placement.alreadyEnded");
		}
		if (on.isBefore(startedOn)) {
			throw new FamilyRuleException("endedOn", "family.placement.endBeforeStart");
		}
		this.endedOn = on;
		this.endReason = reason;
	}

	public boolean isActive() {
		return endedOn == null;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Placement not yet saved");
		}
		return id;
	}

	public String childAlias() {
		return childAlias;
	}

	public int birthYear() {
		return birthYear;
	}

	public CareType careType() {
		return careType;
	}

	public String placingOffice() {
		return placingOffice;
	}

	public LocalDate startedOn() {
		return startedOn;
	}

	public @Nullable LocalDate endedOn() {
		return endedOn;
	}

	public @Nullable PlacementEndReason endReason() {
		return endReason;
	}

}
