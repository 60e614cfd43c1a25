package de.pflegeverbund.family.domain;

import de.pflegeverbund.family.FamilyRuleException;
import de.pflegeverbund.family.CarePermit;
import de.pflegeverbund.family.HouseholdData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * A Pflegefamilie of a Träger. Guards its status lifecycle and the consistency of its
 * data.
 */
@Entity
@Audited
public class FosterFamily {

	private static final CareTypesConverter CARE_TYPES = new CareTypesConverter();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long providerId;

	private String name;

	private @Nullable String street;

	private String postalCode;

	private String city;

	private @Nullable String phone;

	private @Nullable String email;

	/**
	 * Comma-separated names of the care types offered, see {@link CareTypesConverter}.
	 */
	private String careTypes = "";

	private int places;

	private int otherChildrenCount;

	private @Nullable String otherChildrenAges;

	@Enumerated(EnumType.STRING)
	private FamilyStatus status = FamilyStatus.IN_ASSESSMENT;

	private @Nullable LocalDate suitabilityDate;

	@Enumerated(EnumType.STRING)
	private CarePermit carePermit = CarePermit.PENDING;

	private @Nullable LocalDate carePermitDate;

	private @Nullable String carePermitExemption;

	private @Nullable LocalDate endedOn;

	@NotAudited
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<FosterParent> adults = new ArrayList<>();

	protected FosterFamily() {
		this.name = "";
		this.postalCode = "";
		this.city = "";
	}

	public FosterFamily(long providerId, HouseholdData data) {
		this.providerId = providerId;
		this.name = data.name();
		this.postalCode = data.postalCode();
		this.city = data.city();
		update(data);
	}

	/**
	 * Changes the household data. Adults are matched by their position; certificates stay
	 * with their adult.
	 * @throws FamilyRuleException when the data do not fit together
	 */
	public void update(HouseholdData data) {
		if (data.adults().isEmpty()) {
			throw new FamilyRuleException("adult1Name", "family.rule.adultRequired");
		}
		if (data.careTypes().isEmpty()) {
			throw new FamilyRuleException("careTypes", "family.rule.careTypeRequired");
		}
		if (data.carePermit() == CarePermit.GRANTED && data.carePermitDate() == null) {
			throw new FamilyRuleException("carePermitDate", "family.rule.permitDateRequired");
		}
		if (data.carePermit() == CarePermit.EXEMPT
				&& (data.carePermitExemption() == null || data.carePermitExemption().isBlank())) {
			throw new FamilyRuleException("carePermitExemption", "family.rule.exemptionReasonRequired");
		}
		this.name = data.name();
		this.street = data.street();
		this.postalCode = data.postalCode();
		this.city = data.city();
		this.phone = data.phone();
		this.email = data.email();
		this.careTypes = CARE_TYPES.convertToDatabaseColumn(data.careTypes());
		this.places = data.places();
		this.otherChildrenCount = data.otherChildrenCount();
		this.otherChildrenAges = data.otherChildrenAges();
		this.carePermit = data.carePermit();
		this.carePermitDate = (data.carePermit() == CarePermit.GRANTED) ? data.carePermitDate() : null;
		this.carePermitExemption = (data.carePermit() == CarePermit.EXEMPT) ? data.carePermitExemption() : null;
		for (int i = 0; i < data.adults().size(); i++) {
			HouseholdData.AdultData adult = data.adults().get(i);
			if (i < adults.size()) {
				adults.get(i).update(adult);
			}
			else {
				adults.add(new FosterParent(this, providerId, i + 1, adult));
			}
		}
		while (adults.size() > data.adults().size()) {
			adults.remove(adults.size() - 1);
		}
	}

	/**
	 * Moves the family to another status.
	 * @param on the day of the change; for "geeignet" the suitability date
	 * @return the change, to be kept in the status history
	 * @throws FamilyRuleException when the lifecycle does not allow the change
	 */
	public FamilyStatusChange changeStatus(FamilyStatus target, LocalDate on, @Nullable Long changedBy,
			@Nullable String note) {
		if (!status.canChangeTo(target)) {
			throw new FamilyRuleException("status", "family.status.illegal");
		}
		FamilyStatus from = status;
		if (target == FamilyStatus.SUITABLE) {
			this.suitabilityDate = on;
		}
		if (target == FamilyStatus.ENDED) {
			this.endedOn = on;
		}
		this.status = target;
		return new FamilyStatusChange(id(), providerId, from, target, on, changedBy, note);
	}

	public FosterParent adult(long adultId) {
		return adults.stream()
			.filter(adult -> adult.id() == adultId)
			.findFirst()
			.orElseThrow(() -> new FamilyRuleException("adult", "family.rule.unknownAdult"));
	}

	public HouseholdData toData() {
		return new HouseholdData(name, street, postalCode, city, phone, email, careTypes(), places, otherChildrenCount,
				otherChildrenAges, carePermit, carePermitDate, carePermitExemption,
				adults.stream().map(FosterParent::toData).toList());
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Family not yet saved");
		}
		return id;
	}

	public long providerId() {
		return providerId;
	}

	public String name() {
		return name;
	}

	public @Nullable String street() {
		return street;
	}

	public String postalCode() {
		return postalCode;
	}

	public String city() {
		return city;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String email() {
		return email;
	}

	public Set<CareType> careTypes() {
		return CARE_TYPES.convertToEntityAttribute(careTypes);
	}

	public int places() {
		return places;
	}

	public int otherChildrenCount() {
		return otherChildrenCount;
	}

	public @Nullable String otherChildrenAges() {
		return otherChildrenAges;
	}

	public FamilyStatus status() {
		return status;
	}

	public @Nullable LocalDate suitabilityDate() {
		return suitabilityDate;
	}

	public CarePermit carePermit() {
		return carePermit;
	}

	public @Nullable LocalDate carePermitDate() {
		return carePermitDate;
	}

	public @Nullable String carePermitExemption() {
		return carePermitExemption;
	}

	public @Nullable LocalDate endedOn() {
		return endedOn;
	}

	public long version() {
		return version;
	}

	public List<FosterParent> adults() {
		return List.copyOf(adults);
	}

}
