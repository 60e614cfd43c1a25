package de.pflegeverbund.provider;

import java.util.List;
import java.util.Optional;

import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.StaleFormException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider module's API: reading and maintaining the Träger of the network.
 */
@Service
public class ProviderManagement {

	private final Providers providers;

	private final ApplicationEventPublisher events;

	ProviderManagement(Providers providers, ApplicationEventPublisher events) {
		this.providers = providers;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<ProviderSummary> findAll() {
		return providers.findAllByOrderByNameAsc().stream().map(Provider::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ProviderSummary> find(long id) {
		return providers.findById(id).map(Provider::toSummary);
	}

	/**
	 * The name of a Träger (for a heading), without loading the rest of it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(long id) {
		return providers.findNameById(id);
	}

	/**
	 * Whether the Träger exists and is in service.
	 */
	@Transactional(readOnly = true)
	public boolean isActive(long id) {
		return providers.findById(id).map(Provider::isActive).orElse(false);
	}

	/**
	 * The active Träger responsible for a postal code: the one whose service area has the
	 * longest matching prefix ("441" before "44").
	 */
	@Transactional(readOnly = true)
	public Optional<ProviderSummary> responsibleFor(String postalCode) {
		return providers.findResponsibleFor(postalCode).flatMap(providers::findById).map(Provider::toSummary);
	}

	@Transactional(readOnly = true)
	public long count() {
		return providers.count();
	}

	@Transactional
	public long create(ProviderData data) {
		if (providers.existsByNameIgnoreCase(data.name())) {
			throw new ProviderConflictException("name", "provider.error.nameTaken");
		}
		checkServiceAreasFree(data, -1);
		return providers
			.save(new Provider(data.name(), data.seat(), data.contactEmail(), data.contactPhone(), data.serviceAreas()))
			.id();
	}

	/**
	 * Changes a Träger's master data.
	 * @param expectedVersion the version the editor started from
	 * @throws ObjectOptimisticLockingFailureException when someone else saved in between
	 */
	@Transactional
	public void update(long id, long expectedVersion, ProviderData data) {
		Provider provider = providers.findById(id).orElseThrow(NotFoundException::new);
		if (provider.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Provider.class, id);
		}
		if (providers.existsByNameIgnoreCaseAndIdNot(data.name(), id)) {
			throw new ProviderConflictException("name", "provider.error.nameTaken");
		}
		checkServiceAreasFree(data, id);
		provider.update(data.name(), data.seat(), data.contactEmail(), data.contactPhone(), data.serviceAreas());
	}

	@Transactional
	public void deactivate(long id) {
		Provider provider = providers.findById(id).orElseThrow(NotFoundException::new);
		if (provider.deactivate()) {
			events.publishEvent(new ProviderDeactivated(id));
		}
	}

	/**
	 * Sets the target caseload of a Träger (families per full-time counsellor).
	 * @throws IllegalArgumentException for a ratio other than 10, 15 or 20
	 * @throws StaleFormException when the stamp shows that the form was made from another
	 * target than the one stored now
	 */
	@Transactional
	public void changeCaseloadTarget(long id, int target, @Nullable String stamp) {
		Provider provider = providers.lockById(id).orElseThrow(NotFoundException::new);
		StaleFormException.check(stamp, provider.toSummary().caseloadTarget(), target);
		provider.changeCaseloadTarget(target);
	}

	@Transactional
	public void activate(long id) {
		providers.findById(id).orElseThrow(NotFoundException::new).activate();
	}

	private void checkServiceAreasFree(ProviderData data, long ownId) {
		if (data.serviceAreas().isEmpty()) {
			return;
		}
		List<Object[]> owners = providers.findServiceAreaOwners(data.serviceAreas(), ownId);
		if (!owners.isEmpty()) {
			Object[] first = owners.get(0);
			throw new ProviderConflictException("serviceAreas", "provider.error.serviceAreaTaken", first[1], first[0]);
		}
	}

}
