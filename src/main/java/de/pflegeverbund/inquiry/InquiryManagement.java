package de.pflegeverbund.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.family.FamilyForm;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.HouseholdData;
import de.pflegeverbund.inquiry.domain.InboxItem;
import de.pflegeverbund.inquiry.domain.Inquiries;
import de.pflegeverbund.inquiry.domain.Inquiry;
import de.pflegeverbund.inquiry.domain.InquiryDetails;
import de.pflegeverbund.inquiry.domain.InquiryErasures;
import de.pflegeverbund.inquiry.domain.InquiryListItem;
import de.pflegeverbund.inquiry.domain.InquiryMails;
import de.pflegeverbund.inquiry.domain.InquiryNote;
import de.pflegeverbund.inquiry.domain.InquiryNotes;
import de.pflegeverbund.inquiry.domain.InquiryProperties;
import de.pflegeverbund.inquiry.domain.InquiryStatusChange;
import de.pflegeverbund.inquiry.domain.InquiryStatusChanges;
import de.pflegeverbund.inquiry.domain.SubmissionResult;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.Stamp;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inquiry module's API and use cases. A Leitung sees the inquiries of its Träger, a
 * counsellor those given to them, the state office only its inbox of inquiries no Träger
 * covers (without names or contact data); everybody else gets "not found".
 */
@Service
public class InquiryManagement {

	private final Inquiries inquiries;

	private final InquiryStatusChanges statusChanges;

	private final InquiryNotes notes;

	private final InquiryMails mails;

	private final InquiryErasures erasures;

	private final ProviderManagement providers;

	private final AccountManagement accounts;

	private final FamilyManagement families;

	private final InquiryProperties properties;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	private final Clock clock;

	InquiryManagement(Inquiries inquiries, InquiryStatusChanges statusChanges, InquiryNotes notes, InquiryMails mails,
			InquiryErasures erasures, ProviderManagement providers, AccountManagement accounts,
			FamilyManagement families, InquiryProperties properties, org.springframework.jdbc.core.JdbcTemplate jdbc,
			Clock clock) {
		this.inquiries = inquiries;
		this.statusChanges = statusChanges;
		this.notes = notes;
		this.mails = mails;
		this.erasures = erasures;
		this.providers = providers;
		this.accounts = accounts;
		this.families = families;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores a submitted interest form and routes it: to the active Träger whose service
	 * area has the longest prefix of the postal code, else to the state office's inbox.
	 * Sending the same form again (same submission key) stores nothing new.
	 */
	@Transactional
	public SubmissionResult submit(InquiryData data, UUID submissionKey) {
		Optional<SubmissionResult> earlier = findSubmission(submissionKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Optional<ProviderSummary> provider = providers.responsibleFor(data.postalCode());
		Inquiry inquiry = inquiries.saveAndFlush(
				new Inquiry(data, submissionKey, provider.map(ProviderSummary::id).orElse(null), clock.instant()));
		statusChanges.save(inquiry.received());
		if (provider.isPresent()) {
			mails.newForProvider(inquiry.id(), provider.get().id());
		}
		else {
			mails.newInInbox(inquiry.id());
		}
		if (data.email() != null) {
			mails.confirmation(inquiry.id(), data.email(), data.applicant().fullName(),
					provider.map(ProviderSummary::name).orElse(null),
					provider.map(InquiryManagement::contact).orElse(null));
		}
		return result(inquiry, provider.orElse(null), false);
	}

	/**
	 * Takes over an inquiry that was received earlier elsewhere (on paper, by phone, from
	 * a previous system), routed like a submitted form but without any e-mail.
	 * @param receivedAt when it was received; not in the future
	 */
	@Transactional
	public long importReceived(InquiryData data, UUID submissionKey, Instant receivedAt) {
		if (receivedAt.isAfter(clock.instant())) {
			throw new InquiryException("receivedAt", "inquiry.status.dateInFuture");
		}
		Long providerId = providers.responsibleFor(data.postalCode()).map(ProviderSummary::id).orElse(null);
		Inquiry inquiry = inquiries.saveAndFlush(new Inquiry(data, submissionKey, providerId, receivedAt));
		statusChanges.save(inquiry.received());
		return inquiry.id();
	}

	/**
	 * What became of a form sent earlier with this submission key.
	 */
	@Transactional(readOnly = true)
	public Optional<SubmissionResult> findSubmission(UUID submissionKey) {
		return inquiries.findBySubmissionKey(submissionKey)
			.map(inquiry -> result(inquiry,
					(inquiry.providerId() != null) ? providers.find(inquiry.providerId()).orElse(null) : null, true));
	}

	private static SubmissionResult result(Inquiry inquiry, @Nullable ProviderSummary provider, boolean duplicate) {
		return new SubmissionResult(inquiry.id(), (provider != null) ? provider.name() : null,
				(provider != null) ? provider.contactEmail() : null,
				(provider != null) ? provider.contactPhone() : null, duplicate);
	}

	private static String contact(ProviderSummary provider) {
		return (provider.contactPhone() != null) ? provider.contactEmail() + ", " + provider.contactPhone()
				: provider.contactEmail();
	}

	/**
	 * The inquiries the user may see in the given statuses, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<InquiryListItem> list(PortalUser user, Collection<InquiryStatus> statuses, int page) {
		long providerId = requireStaff(user);
		PageRequest request = PageRequest.of(Math.max(page, 0), properties.pageSize(),
				Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
		Page<Inquiry> result = user.hasRole(Role.PROVIDER_ADMIN)
				? inquiries.findByProviderIdAndStatusIn(providerId, statuses, request)
				: inquiries.findByProviderIdAndCounsellorIdAndStatusIn(providerId, user.id(), statuses, request);
		Map<Long, String> names = counsellorNames(providerId, result.getContent());
		return result.map(inquiry -> listItem(inquiry, names));
	}

	/**
	 * The inquiries the user may see, by status, in pipeline order.
	 */
	@Transactional(readOnly = true)
	public Map<InquiryStatus, List<InquiryListItem>> board(PortalUser user) {
		long providerId = requireStaff(user);
		List<Inquiry> all = user.hasRole(Role.PROVIDER_ADMIN)
				? inquiries.findByProviderIdOrderByReceivedAtDesc(providerId)
				: inquiries.findByProviderIdAndCounsellorIdOrderByReceivedAtDesc(providerId, user.id());
		Map<Long, String> names = counsellorNames(providerId, all);
		Map<InquiryStatus, List<InquiryListItem>> board = new EnumMap<>(InquiryStatus.class);
		for (InquiryStatus status : InquiryStatus.values()) {
			board.put(status, new ArrayList<>());
		}
		all.forEach(inquiry -> board.get(inquiry.status()).add(listItem(inquiry, names)));
		return board;
	}

	@Transactional(readOnly = true)
	public InquiryDetails details(PortalUser user, long id) {
		Inquiry inquiry = visible(user, id);
		long providerId = Objects.requireNonNull(inquiry.providerId());
		Map<Long, String> names = new HashMap<>();
		List<InquiryStatusChange> history = statusChanges.findByInquiryIdOrderByChangedOnDescIdDesc(id);
		List<InquiryNote> inquiryNotes = notes.findByInquiryIdOrderByWrittenAtDescIdDesc(id);
		history.stream()
			.map(InquiryStatusChange::changedBy)
			.filter(Objects::nonNull)
			.forEach(by -> name(providerId, by, names));
		inquiryNotes.forEach(note -> name(providerId, note.authorId(), names));
		String counsellor = (inquiry.counsellorId() != null) ? name(providerId, inquiry.counsellorId(), names) : null;
		LocalDate lastChangeOn = history.isEmpty() ? inquiry.receivedOn() : history.get(0).changedOn();
		return new InquiryDetails(id, inquiry.displayName(), inquiry.status(), inquiry.toData(), inquiry.receivedOn(),
				inquiry.consentAt(), inquiry.counsellorId(), counsellor, inquiry.familyId(),
				history.stream()
					.map(change -> new InquiryDetails.StatusEntry(change.fromStatus(), change.toStatus(),
							change.changedOn(), (change.changedBy() != null) ? names.get(change.changedBy()) : null,
							change.note()))
					.toList(),
				inquiryNotes.stream()
					.map(note -> new InquiryDetails.NoteEntry(names.get(note.authorId()), note.writtenAt(),
							note.text()))
					.toList(),
				erasureDue(inquiry), lastChangeOn, inquiry.version());
	}

	/**
	 * Gives the inquiry to a counsellor (or the Leitung itself) of the Träger; only the
	 * Leitung does this.
	 */
	@Transactional
	public void assign(PortalUser user, long id, long counsellorId) {
		assign(user, id, counsellorId, null);
	}

	/**
	 * Gives the inquiry to a counsellor, from a form that showed the assignment with the
	 * given {@link Stamp}.
	 * @throws InquiryException when somebody assigned it to another counsellor since
	 */
	@Transactional
	public void assign(PortalUser user, long id, long counsellorId, @Nullable String stamp) {
		long providerId = requireAdmin(user);
		Inquiry inquiry = visibleForUpdate(user, id);
		StaffSummary counsellor = accounts.findStaff(providerId, counsellorId)
			.filter(StaffSummary::active)
			.orElseThrow(() -> new InquiryException("counsellorId", "inquiry.assign.unknown"));
		if (Objects.equals(inquiry.counsellorId(), counsellorId)) {
			return;
		}
		if (Stamp.changedSince(stamp, String.valueOf(inquiry.counsellorId()))) {
			// the page showed another counsellor than the one assigned meanwhile
			throw new InquiryException("counsellorId", "inquiry.assign.conflict");
		}
		inquiry.assign(counsellorId, clock.instant());
		if (counsellorId != user.id()) {
			mails.assigned(id, counsellor);
		}
	}

	@Transactional
	public void addNote(PortalUser user, long id, String text) {
		Inquiry inquiry = visibleForUpdate(user, id);
		notes.save(new InquiryNote(id, user.id(), clock.instant(), text));
		inquiry.touch(clock.instant());
	}

	/**
	 * Moves the inquiry in the pipeline on the given day.
	 * @throws InquiryException when the change is not allowed
	 */
	@Transactional
	public void changeStatus(PortalUser user, long id, InquiryStatus target, LocalDate on, @Nullable String note) {
		Inquiry inquiry = visibleForUpdate(user, id);
		List<InquiryStatusChange> history = statusChanges.findByInquiryIdOrderByChangedOnDescIdDesc(id);
		LocalDate lastChangeOn = history.isEmpty() ? inquiry.receivedOn() : history.get(0).changedOn();
		statusChanges.save(inquiry.changeStatus(target, on, lastChangeOn, user.id(), note, clock.instant()));
	}

	/**
	 * The family form, filled with everything the inquiry already says.
	 */
	@Transactional(readOnly = true)
	public FamilyForm familyDraft(PortalUser user, long id) {
		requireAdmin(user);
		Inquiry inquiry = visible(user, id);
		InquiryData data = inquiry.toData();
		List<HouseholdData.AdultData> adults = new ArrayList<>();
		adults.add(adult(data.applicant(), data));
		if (data.partner() != null) {
			adults.add(adult(data.partner(), data));
		}
		String familyName = (data.partner() == null || data.partner().lastName().equals(data.applicant().lastName()))
				? data.applicant().lastName() : data.applicant().lastName() + "/" + data.partner().lastName();
		return FamilyForm.prefilled(familyName, data.postalCode(), data.city(), data.phone(), data.email(),
				new ArrayList<>(data.careTypes()), data.children(), data.childrenAges(), adults,
				inquiry.counsellorId());
	}

	private static HouseholdData.AdultData adult(InquiryData.Applicant applicant, InquiryData data) {
		return new HouseholdData.AdultData(applicant.fullName(), applicant.birthYear(),
				(applicant == data.applicant()) ? data.qualification() : de.pflegeverbund.family.Qualification.NONE,
				null);
	}

	/**
	 * Turns a suitable inquiry into a Pflegefamilie ("geeignet" since the day the inquiry
	 * became suitable), once. Only the Leitung does this.
	 * @return the new family's id
	 */
	@Transactional
	public long convert(PortalUser user, long id, HouseholdData data, long primaryCounsellorId) {
		long providerId = requireAdmin(user);
		Inquiry inquiry = inquiries.lockByIdAndProviderId(id, providerId).orElseThrow(NotFoundException::new);
		if (inquiry.familyId() != null) {
			throw new InquiryException(null, "inquiry.convert.alreadyConverted");
		}
		if (inquiry.status() != InquiryStatus.SUITABLE) {
			throw new InquiryException(null, "inquiry.convert.notSuitable");
		}
		LocalDate suitableOn = statusChanges.findByInquiryIdOrderByChangedOnDescIdDesc(id)
			.stream()
			.filter(change -> change.toStatus() == InquiryStatus.SUITABLE)
			.map(InquiryStatusChange::changedOn)
			.findFirst()
			.orElse(LocalDate.now(clock));
		long familyId = families.createSuitable(user, data, primaryCounsellorId, suitableOn, null);
		inquiry.convertedTo(familyId, clock.instant());
		return familyId;
	}

	/**
	 * Erases an inquiry at once, e.g. because the applicants withdrew their consent. Only
	 * the Leitung does this; what remains is an anonymous count.
	 */
	@Transactional
	public void erase(PortalUser user, long id) {
		requireAdmin(user);
		Inquiry inquiry = visibleForUpdate(user, id);
		erasures.erase(inquiry, InquiryErasures.Reason.REQUEST);
	}

	/**
	 * The state office's inbox: inquiries no Träger's service area covers, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<InboxItem> inbox(PortalUser user) {
		requireCoordinator(user);
		return inquiries.findByProviderIdIsNullOrderByReceivedAtAsc()
			.stream()
			.map(inquiry -> new InboxItem(inquiry.id(), inquiry.receivedOn(), inquiry.postalCode(), inquiry.city(),
					inquiry.careTypes()))
			.toList();
	}

	/**
	 * Hands an inquiry of the inbox to an active Träger, whose Leitung is told by mail.
	 */
	@Transactional
	public void forward(PortalUser user, long id, long providerId) {
		requireCoordinator(user);
		Inquiry inquiry = inquiries.findByIdAndProviderIdIsNull(id).orElseThrow(NotFoundException::new);
		if (!providers.isActive(providerId)) {
			throw new InquiryException("providerId", "inquiry.inbox.unknownProvider");
		}
		inquiry.routeTo(providerId, clock.instant());
		mails.newForProvider(id, providerId);
	}

	/**
	 * Inquiries received per Träger within a period and how many of them became a family
	 * (statistics: numbers only; erased inquiries count through their anonymous rows).
	 * Inquiries in the state office's inbox are left out.
	 * @return figures by Träger id
	 */
	@Transactional(readOnly = true)
	public Map<Long, InquiryFigures> figures(LocalDate from, LocalDate to) {
		Map<Long, InquiryFigures> result = new HashMap<>();
		jdbc.query("""
				select provider_id, count(*), count(*) filter (where converted) from (
				    select provider_id, family_id is not null as converted from inquiry
				    where provider_id is not null and received_at >= ? and received_at < ?
				    union all
				    select provider_id, converted from inquiry_erasure
				    where provider_id is not null and received_on between ? and ?) i
				group by provider_id
				""", rs -> {
			result.put(rs.getLong(1), new InquiryFigures(rs.getLong(2), rs.getLong(3)));
		}, java.sql.Timestamp.from(from.atStartOfDay(Inquiry.ZONE).toInstant()),
				java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(Inquiry.ZONE).toInstant()),
				java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
		return result;
	}

	@Transactional(readOnly = true)
	public long countNew(long providerId) {
		return inquiries.countByProviderIdAndStatus(providerId, InquiryStatus.NEW);
	}

	@Transactional(readOnly = true)
	public long countOpenAssignedTo(long counsellorId) {
		return inquiries.countByCounsellorIdAndStatusIn(counsellorId, InquiryStatus.OPEN);
	}

	@Transactional(readOnly = true)
	public long countInbox() {
		return inquiries.countByProviderIdIsNull();
	}

	private LocalDate erasureDue(Inquiry inquiry) {
		Instant closedAt = inquiry.closedAt();
		LocalDate from = LocalDate.ofInstant((closedAt != null) ? closedAt : inquiry.lastActivityAt(), Inquiry.ZONE);
		return from.plus((closedAt != null) ? properties.closedRetention() : properties.idleRetention()).plusDays(1);
	}

	private InquiryListItem listItem(Inquiry inquiry, Map<Long, String> counsellorNames) {
		LocalDate today = LocalDate.now(clock.withZone(Inquiry.ZONE));
		return new InquiryListItem(inquiry.id(), inquiry.displayName(), inquiry.postalCode(), inquiry.city(),
				inquiry.careTypes(), inquiry.status(),
				(inquiry.counsellorId() != null) ? counsellorNames.get(inquiry.counsellorId()) : null,
				inquiry.receivedOn(), LocalDate.ofInstant(inquiry.lastActivityAt(), Inquiry.ZONE),
				ChronoUnit.DAYS.between(inquiry.receivedOn(), today), inquiry.familyId());
	}

	private Map<Long, String> counsellorNames(long providerId, List<Inquiry> list) {
		Map<Long, String> names = new HashMap<>();
		list.stream()
			.map(Inquiry::counsellorId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(id -> name(providerId, id, names));
		return names;
	}

	private String name(long providerId, long accountId, Map<Long, String> names) {
		return names.computeIfAbsent(accountId,
				id -> accounts.findStaff(providerId, id).map(StaffSummary::displayName).orElse(""));
	}

	/**
	 * Like {@link #visible}, and locks the inquiry until the transaction ends, so that
	 * concurrent changes (two people adding notes or moving it in the pipeline) are
	 * applied one after the other instead of failing.
	 */
	private Inquiry visibleForUpdate(PortalUser user, long id) {
		Inquiry inquiry = inquiries.lockByIdAndProviderId(id, requireStaff(user)).orElseThrow(NotFoundException::new);
		if (user.hasRole(Role.COUNSELLOR) && !Objects.equals(inquiry.counsellorId(), user.id())) {
			throw new NotFoundException();
		}
		return inquiry;
	}

	private Inquiry visible(PortalUser user, long id) {
		if (user.hasRole(Role.PROVIDER_ADMIN)) {
			return inquiries.findByIdAndProviderId(id, user.requireProviderId()).orElseThrow(NotFoundException::new);
		}
		if (user.hasRole(Role.COUNSELLOR)) {
			return inquiries.findByIdAndProviderId(id, user.requireProviderId())
				.filter(inquiry -> Objects.equals(inquiry.counsellorId(), user.id()))
				.orElseThrow(NotFoundException::new);
		}
		throw new NotFoundException();
	}

	private static long requireStaff(PortalUser user) {
		if (!user.hasRole(Role.PROVIDER_ADMIN) && !user.hasRole(Role.COUNSELLOR)) {
			throw new NotFoundException();
		}
		return user.requireProviderId();
	}

	private static long requireAdmin(PortalUser user) {
		if (!user.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
		return user.requireProviderId();
	}

	private static void requireCoordinator(PortalUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new NotFoundException();
		}
	}

}
