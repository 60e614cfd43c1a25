package de.pflegeverbund.cooperation;

import java.time.Clock;
import java.util.List;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation requests from receipt to decision. Only the coordinator sees and decides
 * them; for everybody else they do not exist (404).
 */
@Service
public class CooperationManagement {

	private final CooperationRequests requests;

	private final ProviderManagement providers;

	private final AccountManagement accounts;

	private final CooperationMails mails;

	private final Clock clock;

	CooperationManagement(CooperationRequests requests, ProviderManagement providers, AccountManagement accounts,
			CooperationMails mails, Clock clock) {
		this.requests = requests;
		this.providers = providers;
		this.accounts = accounts;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Stores a request; the requester gets a receipt, the coordinators a notice (link
	 * only).
	 */
	@Transactional
	public long submit(CooperationData data) {
		CooperationRequest request = requests.save(new CooperationRequest(data, clock.instant()));
		mails.received(data.contactEmail(), data.organisation());
		mails.notifyCoordinators(request.id());
		return request.id();
	}

	@Transactional(readOnly = true)
	public List<CooperationView> all(PortalUser user) {
		requireCoordinator(user);
		return requests.findAllOpenFirst().stream().map(CooperationRequest::toView).toList();
	}

	@Transactional(readOnly = true)
	public long openCount() {
		return requests.countByStatus(CooperationStatus.OPEN);
	}

	@Transactional(readOnly = true)
	public CooperationView find(PortalUser user, long id) {
		requireCoordinator(user);
		return requests.findById(id).map(CooperationRequest::toView).orElseThrow(NotFoundException::new);
	}

	/**
	 * Accepts a request: creates the Träger with the master data as the coordinator
	 * checked them and invites its Leitung, all or nothing.
	 * @throws de.pflegeverbund.provider.ProviderConflictException when the name or a
	 * service area is taken
	 * @throws de.pflegeverbund.account.AccountException when the Leitung's address has an
	 * account already
	 * @throws CooperationException when the request was decided in between
	 */
	@Transactional
	public long accept(PortalUser user, long id, ProviderData provider, String leadName, String leadEmail) {
		requireCoordinator(user);
		CooperationRequest request = requests.lock(id).orElseThrow(NotFoundException::new);
		if (request.toView().status() != CooperationStatus.OPEN) {
			throw new CooperationException("cooperation.error.decided");
		}
		long providerId = providers.create(provider);
		accounts.invite(user, providerId, leadEmail, leadName, Role.PROVIDER_ADMIN);
		request.accept(providerId, user.id(), clock.instant());
		mails.accepted(request.contactEmail(), provider.name(), leadEmail);
		return providerId;
	}

	/**
	 * Declines a request; the requester is told, with the reason if one is given.
	 */
	@Transactional
	public void decline(PortalUser user, long id, @Nullable String reason) {
		requireCoordinator(user);
		CooperationRequest request = requests.lock(id).orElseThrow(NotFoundException::new);
		request.decline(reason, user.id(), clock.instant());
		mails.declined(request.contactEmail(), request.organisation(), reason);
	}

	private static void requireCoordinator(PortalUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new NotFoundException();
		}
	}

}
