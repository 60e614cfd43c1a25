package de.pflegeverbund.provider;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A Träger: a free provider of foster care that belongs to the network.
 */
@Entity
class Provider {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private String seat;

	private String contactEmail;

	private @Nullable String contactPhone;

	private boolean active = true;

	private int caseloadTarget = 15;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "provider_service_area", joinColumns = @JoinColumn(name = "provider_id"))
	@Column(name = "postal_prefix")
	private Set<String> serviceAreas = new TreeSet<>();

	protected Provider() {
		this.name = "";
		this.seat = "";
		this.contactEmail = "";
	}

	Provider(String name, String seat, String contactEmail, @Nullable String contactPhone,
			Collection<String> serviceAreas) {
		this.name = name;
		this.seat = seat;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
		this.serviceAreas.addAll(serviceAreas);
	}

	void update(String name, String seat, String contactEmail, @Nullable String contactPhone,
			Collection<String> serviceAreas) {
		this.name = name;
		this.seat = seat;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
		this.serviceAreas.retainAll(serviceAreas);
		this.serviceAreas.addAll(serviceAreas);
	}

	/**
	 * Takes the Träger out of service: its staff and families can no longer sign in.
	 * Returns whether anything changed.
	 */
	boolean deactivate() {
		boolean changed = this.active;
		this.active = false;
		return changed;
	}

	void activate() {
		this.active = true;
	}

	/**
	 * Sets the target caseload: families per full-time counsellor.
	 * @throws IllegalArgumentException for a ratio the network does not offer
	 */
	void changeCaseloadTarget(int target) {
		if (!ProviderSummary.CASELOAD_TARGETS.contains(target)) {
			throw new IllegalArgumentException("Unsupported caseload target " + target);
		}
		this.caseloadTarget = target;
	}

	ProviderSummary toSummary() {
		return new ProviderSummary(id(), name, seat, contactEmail, contactPhone, active,
				serviceAreas.stream().sorted().toList(), caseloadTarget, version);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Provider not yet saved");
		}
		return id;
	}

	boolean isActive() {
		return active;
	}

	long version() {
		return version;
	}

}
