package de.pflegeverbund.family;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.assignment.AssignmentKind;
import de.pflegeverbund.assignment.AssignmentManagement;
import de.pflegeverbund.family.domain.CertificateDue;
import de.pflegeverbund.family.domain.CareTypesConverter;
import de.pflegeverbund.family.domain.FamilyDetails;
import de.pflegeverbund.family.domain.FamilyProperties;
import de.pflegeverbund.family.domain.FamilyRevision;
import de.pflegeverbund.family.domain.FamilyRevisionView;
import de.pflegeverbund.family.domain.FamilySearch;
import de.pflegeverbund.family.domain.FamilyStatistics;
import de.pflegeverbund.family.domain.FamilyStatusChange;
import de.pflegeverbund.family.domain.FamilyStatusChanges;
import de.pflegeverbund.family.domain.FosterFamilies;
import de.pflegeverbund.family.domain.FosterFamily;
import de.pflegeverbund.family.domain.FosterParent;
import de.pflegeverbund.family.domain.FosterParents;
import de.pflegeverbund.family.HouseholdData;
import de.pflegeverbund.family.domain.Placement;
import de.pflegeverbund.family.PlacementEndReason;
import de.pflegeverbund.family.domain.Placements;
import de.pflegeverbund.shared.web.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family module's API and use cases. Every method takes the signed-in user and
 * answers "not found" for a family the user may not see: a Leitung sees the families of
 * its Träger, a counsellor those assigned to them, nobody else any.
 */
@Service
public class FamilyManagement {

	private static final CareTypesConverter CARE_TYPES = new CareTypesConverter();

	private final FosterFamilies families;

	private final FosterParents adults;

	private final Placements placements;

	private final FamilyStatusChanges statusChanges;

	private final AssignmentManagement assignments;

	private final AccountManagement accounts;

	private final FamilyProperties properties;

	private final EntityManager entityManager;

	private final FamilyStatistics statistics;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	FamilyManagement(FosterFamilies families, FosterParents adults, Placements placements,
			FamilyStatusChanges statusChanges, AssignmentManagement assignments, AccountManagement accounts,
			FamilyProperties properties, EntityManager entityManager, FamilyStatistics statistics, JdbcTemplate jdbc,
			Clock clock) {
		this.families = families;
		this.adults = adults;
		this.placements = placements;
		this.statusChanges = statusChanges;
		this.assignments = assignments;
		this.accounts = accounts;
		this.properties = properties;
		this.entityManager = entityManager;
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Searches the families the user may see, sorted by name.
	 */
	@Transactional(readOnly = true)
	public Page<FamilyListItem> search(PortalUser user, FamilySearch search, int page) {
		long providerId = requireStaff(user);
		Set<Long> restrictTo = null;
		if (user.hasRole(Role.COUNSELLOR)) {
			restrictTo = assignments.familiesOf(user.id());
		}
		if (search.counsellorId() != null) {
			Set<Long> ofCounsellor = assignments.familiesOf(search.counsellorId());
			if (restrictTo != null) {
				ofCounsellor.retainAll(restrictTo);
			}
			restrictTo = ofCounsellor;
		}
		Specification<FosterFamily> specification = specification(providerId, search, restrictTo);
		Page<FosterFamily> result = families.findAll(specification, PageRequest.of(Math.max(page, 0),
				properties.pageSize(), Sort.by(Sort.Order.asc("name").ignoreCase(), Sort.Order.asc("id"))));
		Map<Long, String> counsellors = assignments.primaryCounsellorNames(providerId,
				result.getContent().stream().map(FosterFamily::id).toList());
		return result.map(family -> listItem(family, counsellors));
	}

	@Transactional(readOnly = true)
	public FamilyDetails details(PortalUser user, long familyId) {
		long providerId = requireStaff(user);
		FosterFamily family = families.findWithAdultsByIdAndProviderId(familyId, providerId)
			.orElseThrow(NotFoundException::new);
		List<FamilyStatusChange> history = statusChanges.findByFamilyIdOrderByChangedOnDescIdDesc(familyId);
		List<Long> changers = history.stream()
			.map(FamilyStatusChange::changedBy)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		// the assignments shown on the page also answer whether a counsellor may see it
		// (visible(...) asks with a query of its own); the names of the counsellors and
		// of those who changed the status come in one lookup
		AssignmentManagement.Counselling counselling = assignments.counsellingOf(providerId, familyId, changers);
		if (user.hasRole(Role.COUNSELLOR) && !counselling.isAssigned(user.id())) {
			throw new NotFoundException();
		}
		List<FosterParent> household = family.adults();
		Map<Long, LocalDate> due = new HashMap<>();
		household.forEach(adult -> {
			LocalDate dueOn = adult.certificateDue(properties.certificateValidity());
			if (dueOn != null) {
				due.put(adult.id(), dueOn);
			}
		});
		List<Placement> familyPlacements = placements.findByFamilyIdOrderByStartedOnDescIdDesc(familyId);
		long active = familyPlacements.stream().filter(Placement::isActive).count();
		Map<Long, String> names = new HashMap<>();
		changers.forEach(id -> names.put(id, counselling.names().getOrDefault(id, "")));
		return new FamilyDetails(family, household, familyPlacements, history, counselling.history(), due, active,
				active > family.places(), names);
	}

	/**
	 * Creates a family "in Prüfung" with its primary counsellor. Only the Leitung creates
	 * families.
	 */
	@Transactional
	public long create(PortalUser user, HouseholdData data, long primaryCounsellorId) {
		long providerId = requireAdmin(user);
		FosterFamily family = families.saveAndFlush(new FosterFamily(providerId, data));
		statusChanges.save(FamilyStatusChange.created(family, today(), user.id()));
		assignments.assignPrimary(providerId, family.id(), primaryCounsellorId, today());
		return family.id();
	}

	/**
	 * Creates a family that has already been assessed as suitable elsewhere (an inquiry
	 * that went through the suitability assessment): its history starts "in Prüfung" and
	 * turns "geeignet" on the given day. Only the Leitung creates families.
	 * @throws FamilyRuleException when the day lies in the future or the data do not fit
	 */
	@Transactional
	public long createSuitable(PortalUser user, HouseholdData data, long primaryCounsellorId, LocalDate suitableOn,
			@Nullable String note) {
		long providerId = requireAdmin(user);
		if (suitableOn.isAfter(today())) {
			throw new FamilyRuleException("statusOn", "family.status.dateInFuture");
		}
		FosterFamily family = families.saveAndFlush(new FosterFamily(providerId, data));
		statusChanges.save(FamilyStatusChange.created(family, suitableOn, user.id()));
		statusChanges.save(family.changeStatus(FamilyStatus.SUITABLE, suitableOn, user.id(), note));
		assignments.assignPrimary(providerId, family.id(), primaryCounsellorId, today());
		return family.id();
	}

	/**
	 * Changes the household data.
	 * @param expectedVersion the version the editor started from
	 * @throws ObjectOptimisticLockingFailureException when someone else saved in between
	 */
	@Transactional
	public void update(PortalUser user, long familyId, long expectedVersion, HouseholdData data) {
		FosterFamily family = visible(user, familyId);
		if (family.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(FosterFamily.class, familyId);
		}
		family.update(data);
		// a new version also when only the adults changed (rows of their own), so that
		// an edit begun before this one cannot overwrite them
		entityManager.lock(family, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		families.flush();
	}

	@Transactional
	public void changeStatus(PortalUser user, long familyId, FamilyStatus target, LocalDate on, @Nullable String note) {
		FosterFamily family = visible(user, familyId);
		if (on.isAfter(today())) {
			throw new FamilyRuleException("statusOn", "family.status.dateInFuture");
		}
		if (target == FamilyStatus.ENDED && placements.countByFamilyIdAndEndedOnIsNull(familyId) > 0) {
			throw new FamilyRuleException("status", "family.status.activePlacements");
		}
		statusChanges.save(family.changeStatus(target, on, user.id(), note));
		if (target == FamilyStatus.ENDED) {
			assignments.endAll(familyId, on);
		}
	}

	@Transactional
	public long addPlacement(PortalUser user, long familyId, String childAlias, int birthYear, CareType careType,
			String placingOffice, LocalDate startedOn) {
		FosterFamily family = visible(user, familyId);
		return placements
			.save(new Placement(family, childAlias, birthYear, careType, placingOffice, startedOn, today()))
			.id();
	}

	@Transactional
	public void endPlacement(PortalUser user, long familyId, long placementId, LocalDate on,
			PlacementEndReason reason) {
		visible(user, familyId);
		if (on.isAfter(today())) {
			throw new FamilyRuleException("endedOn", "family.placement.endInFuture");
		}
		placements.findByIdAndFamilyId(placementId, familyId).orElseThrow(NotFoundException::new).end(on, reason);
	}

	@Transactional
	public void recordCertificate(PortalUser user, long familyId, long adultId, LocalDate inspectedOn,
			LocalDate certificateDate, boolean relevantEntry) {
		FosterFamily family = visible(user, familyId);
		FosterParent adult = family.adults()
			.stream()
			.filter(a -> a.id() == adultId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		adult.recordCertificate(inspectedOn, certificateDate, relevantEntry, today());
	}

	@Transactional
	public void assignPrimary(PortalUser user, long familyId, long counsellorId, LocalDate from) {
		long providerId = requireAdmin(user);
		FosterFamily family = visible(user, familyId);
		requireActive(family);
		assignments.assignPrimary(providerId, familyId, counsellorId, from);
	}

	@Transactional
	public void assignAdditional(PortalUser user, long familyId, long counsellorId, AssignmentKind kind, LocalDate from,
			@Nullable LocalDate until) {
		long providerId = requireAdmin(user);
		requireActive(visible(user, familyId));
		assignments.assignAdditional(providerId, familyId, counsellorId, kind, from, until);
	}

	@Transactional
	public void endAssignment(PortalUser user, long familyId, long assignmentId, LocalDate on) {
		long providerId = requireAdmin(user);
		visible(user, familyId);
		assignments.end(providerId, familyId, assignmentId, on);
	}

	/**
	 * Aggregates per Träger for a period, for the statistics: families by status at its
	 * end, placements by care type and end reason. Numbers only, no records.
	 * @param providerId one Träger, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public Map<Long, FamilyFigures> figures(LocalDate from, LocalDate to, @Nullable Long providerId) {
		return statistics.figures(from, to, providerId);
	}

	/**
	 * The families looked after on a day, with their care types (for due-date
	 * statistics).
	 * @param providerId one Träger, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public List<FamilyFigures.ActiveFamily> activeFamiliesAt(LocalDate day, @Nullable Long providerId) {
		return statistics.activeAt(day, providerId);
	}

	/**
	 * Adults of the Träger's active families whose certificate is missing, due within the
	 * reminder lead or overdue.
	 */
	@Transactional(readOnly = true)
	public List<CertificateDue> certificatesDue(PortalUser user) {
		long providerId = requireAdmin(user);
		LocalDate today = today();
		LocalDate datedOnOrBefore = today.plus(properties.certificateReminderLead())
			.minus(properties.certificateValidity());
		return adults.findCertificatesDue(providerId, datedOnOrBefore).stream().map(adult -> {
			LocalDate due = adult.certificateDue(properties.certificateValidity());
			return new CertificateDue(adult.family().id(), adult.family().name(), adult.name(), adult.certificateDate(),
					due, due == null || !due.isAfter(today));
		}).toList();
	}

	/**
	 * The change history of a family's household data, newest first. Only for the
	 * Leitung.
	 */
	@Transactional(readOnly = true)
	public List<FamilyRevisionView> history(PortalUser user, long familyId) {
		requireAdmin(user);
		FosterFamily family = visible(user, familyId);
		@SuppressWarnings("unchecked")
		List<Object[]> revisions = AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(FosterFamily.class, false, true)
			.add(AuditEntity.id().eq(familyId))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<FamilyRevisionView> views = new ArrayList<>();
		Map<String, String> previous = Map.of();
		for (Object[] row : revisions) {
			FosterFamily version = (FosterFamily) row[0];
			FamilyRevision revision = (FamilyRevision) row[1];
			RevisionType type = (RevisionType) row[2];
			Map<String, String> fields = fields(version);
			List<FamilyRevisionView.Change> changes = new ArrayList<>();
			for (Map.Entry<String, String> field : fields.entrySet()) {
				String before = previous.getOrDefault(field.getKey(), "");
				if (!before.equals(field.getValue())) {
					changes.add(new FamilyRevisionView.Change(field.getKey(), before, field.getValue()));
				}
			}
			String author = (revision.accountId() != null)
					? accounts.findStaff(family.providerId(), revision.accountId())
						.map(StaffSummary::displayName)
						.orElse("")
					: "";
			views.add(0,
					new FamilyRevisionView(Instant.ofEpochMilli(revision.timestamp()), author, type.name(), changes));
			previous = fields;
		}
		return views;
	}

	/**
	 * The families a counsellor looks after, by name (the counsellor's home page, on
	 * every sign-in: two indexed queries; without the name of the primary counsellor,
	 * which that page does not show). The ids go to PostgreSQL as one array: a query with
	 * a list of values has to be translated by Hibernate anew for each call, which was a
	 * sixth of the page's time.
	 */
	@Transactional(readOnly = true)
	public List<FamilyListItem> familiesOfCounsellor(PortalUser user) {
		long providerId = requireStaff(user);
		Set<Long> ids = assignments.familiesOf(user.id());
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				select id, name, postal_code, city, status, care_types, places from foster_family
				where provider_id = ? and id = any(?::bigint[]) order by name
				""",
				(rs, row) -> new FamilyListItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						FamilyStatus.valueOf(rs.getString(5)), CARE_TYPES.convertToEntityAttribute(rs.getString(6)),
						rs.getInt(7), ""),
				providerId, ids.toArray(Long[]::new));
	}

	/**
	 * The Träger of a family the user may see (404 otherwise), without reading the family
	 * (saving a contact): read as an entity inside the contact's writing transaction, it
	 * was also checked for changes before every later query and at the commit.
	 */
	@Transactional(readOnly = true)
	public long providerOf(PortalUser user, long familyId) {
		long providerId = requireStaff(user);
		if (!families.existsInProvider(familyId, providerId)) {
			throw new NotFoundException();
		}
		requireAssigned(user, familyId);
		return providerId;
	}

	/**
	 * What other modules need of a family the user may see (404 otherwise).
	 */
	@Transactional(readOnly = true)
	public FamilyRef reference(PortalUser user, long familyId) {
		FosterFamily family = visibleWithAdults(user, familyId);
		return new FamilyRef(family.id(), family.providerId(), family.name(), family.status(), family.careTypes(),
				family.adults().stream().map(FosterParent::name).toList());
	}

	/**
	 * Everything stored about a family, for the family itself. The caller (the family
	 * portal) has checked that the signed-in account belongs to this family.
	 */
	@Transactional(readOnly = true)
	public FamilyOwnData ownData(long familyId) {
		FosterFamily family = families.findById(familyId).orElseThrow(NotFoundException::new);
		return new FamilyOwnData(family.id(), family.providerId(), family.name(), family.street(), family.postalCode(),
				family.city(), family.phone(), family.email(), family.careTypes(), family.places(),
				family.otherChildrenCount(), family.otherChildrenAges(), family.status(), family.carePermit(),
				family.carePermitDate(),
				family.adults()
					.stream()
					.map(adult -> new FamilyOwnData.Adult(adult.name(), adult.birthYear(), adult.qualification(),
							adult.occupation(), adult.certificateInspectedOn(), adult.certificateDate()))
					.toList(),
				placements.findByFamilyIdOrderByStartedOnDescIdDesc(familyId)
					.stream()
					.map(p -> new FamilyOwnData.PlacementItem(p.childAlias(), p.birthYear(), p.careType(),
							p.startedOn(), p.endedOn(), p.endReason()))
					.toList(),
				statusChanges.findByFamilyIdOrderByChangedOnDescIdDesc(familyId)
					.stream()
					.map(c -> new FamilyOwnData.StatusItem(c.toStatus(), c.changedOn(), c.note()))
					.toList());
	}

	/**
	 * The names of the given families, by id (for modules that keep family ids).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> familyIds) {
		Map<Long, String> names = new HashMap<>();
		if (!familyIds.isEmpty()) {
			entityManager.createQuery("select f.id, f.name from FosterFamily f where f.id in :ids", Object[].class)
				.setParameter("ids", familyIds)
				.getResultList()
				.forEach(row -> names.put((Long) row[0], (String) row[1]));
		}
		return names;
	}

	/**
	 * Which of the given families belong to the Träger (for references by pseudonym).
	 */
	@Transactional(readOnly = true)
	public Set<Long> familiesOfProvider(long providerId, Collection<Long> familyIds) {
		if (familyIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(entityManager
			.createQuery("select f.id from FosterFamily f where f.providerId = :provider and f.id in :ids", Long.class)
			.setParameter("provider", providerId)
			.setParameter("ids", familyIds)
			.getResultList());
	}

	/**
	 * The names of the Träger's families and foster parents (whole names and their single
	 * words of three letters and more), for warning when free text that must stay
	 * pseudonymous seems to contain one.
	 */
	@Transactional(readOnly = true)
	public Set<String> personNames(long providerId) {
		List<String> rows = new ArrayList<>(entityManager
			.createQuery("select f.name from FosterFamily f where f.providerId = :provider", String.class)
			.setParameter("provider", providerId)
			.getResultList());
		rows.addAll(entityManager
			.createQuery("select p.name from FosterParent p where p.providerId = :provider", String.class)
			.setParameter("provider", providerId)
			.getResultList());
		Set<String> names = new HashSet<>();
		for (String name : rows) {
			String cleaned = name.replaceAll("(?i)\\bfamilie\\b", " ").strip();
			if (cleaned.contains(" ")) {
				names.add(cleaned);
			}
			for (String word : cleaned.split("[\\s/,&-]+")) {
				if (word.length() >= 3 && word.chars().anyMatch(Character::isLetter)) {
					names.add(word); // a number or a sign is nobody's name
				}
			}
		}
		return names;
	}

	/**
	 * The ids of the adults of a family, in their order.
	 */
	@Transactional(readOnly = true)
	public List<Long> adultIds(PortalUser user, long familyId) {
		return visible(user, familyId).adults().stream().map(FosterParent::id).toList();
	}

	@Transactional(readOnly = true)
	public List<StaffSummary> assignableStaff(PortalUser user) {
		return assignments.assignableStaff(requireStaff(user));
	}

	private static FamilyListItem listItem(FosterFamily family, Map<Long, String> primaryCounsellors) {
		return new FamilyListItem(family.id(), family.name(), family.postalCode(), family.city(), family.status(),
				family.careTypes(), family.places(), primaryCounsellors.getOrDefault(family.id(), ""));
	}

	private static Map<String, String> fields(FosterFamily family) {
		Map<String, Function<FosterFamily, @Nullable Object>> getters = new LinkedHashMap<>();
		getters.put("family.field.name", FosterFamily::name);
		getters.put("family.field.street", FosterFamily::street);
		getters.put("family.field.postalCode", FosterFamily::postalCode);
		getters.put("family.field.city", FosterFamily::city);
		getters.put("family.field.phone", FosterFamily::phone);
		getters.put("family.field.email", FosterFamily::email);
		getters.put("family.field.careTypes", f -> f.careTypes().stream().map(Enum::name).sorted().toList());
		getters.put("family.field.places", FosterFamily::places);
		getters.put("family.field.otherChildrenCount", FosterFamily::otherChildrenCount);
		getters.put("family.field.otherChildrenAges", FosterFamily::otherChildrenAges);
		getters.put("family.field.status", FosterFamily::status);
		getters.put("family.field.suitabilityDate", FosterFamily::suitabilityDate);
		getters.put("family.field.carePermit", FosterFamily::carePermit);
		getters.put("family.field.carePermitDate", FosterFamily::carePermitDate);
		getters.put("family.field.carePermitExemption", FosterFamily::carePermitExemption);
		Map<String, String> values = new LinkedHashMap<>();
		getters.forEach((key, getter) -> {
			Object value = getter.apply(family);
			values.put(key, (value != null) ? value.toString() : "");
		});
		return values;
	}

	private static Specification<FosterFamily> specification(long providerId, FamilySearch search,
			@Nullable Set<Long> restrictTo) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("providerId"), providerId));
			if (restrictTo != null) {
				predicates.add(restrictTo.isEmpty() ? cb.disjunction() : root.get("id").in(restrictTo));
			}
			if (search.text() != null && !search.text().isBlank()) {
				String text = search.text().trim().toLowerCase(java.util.Locale.ROOT);
				String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
						cb.like(cb.lower(root.get("city")), like, '\\'),
						cb.like(root.get("postalCode"), text.replace("%", "") + "%")));
			}
			if (search.status() != null) {
				predicates.add(cb.equal(root.get("status"), search.status()));
			}
			if (search.careType() != null) {
				predicates.add(cb.like(root.get("careTypes"), "%" + search.careType().name() + "%"));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private FosterFamily visible(PortalUser user, long familyId) {
		long providerId = requireStaff(user);
		return visible(user, families.findByIdAndProviderId(familyId, providerId));
	}

	/** As {@link #visible(PortalUser, long)}, the adults read in the same query. */
	private FosterFamily visibleWithAdults(PortalUser user, long familyId) {
		long providerId = requireStaff(user);
		return visible(user, families.findWithAdultsByIdAndProviderId(familyId, providerId));
	}

	private FosterFamily visible(PortalUser user, Optional<FosterFamily> found) {
		FosterFamily family = found.orElseThrow(NotFoundException::new);
		requireAssigned(user, family.id());
		return family;
	}

	/** A counsellor sees only the families assigned to them (404 otherwise). */
	private void requireAssigned(PortalUser user, long familyId) {
		if (user.hasRole(Role.COUNSELLOR) && !assignments.isAssigned(familyId, user.id())) {
			throw new NotFoundException();
		}
	}

	private static void requireActive(FosterFamily family) {
		if (!family.status().isActive()) {
			throw new FamilyRuleException("counsellorId", "family.assignment.familyEnded");
		}
	}

	private static long requireStaff(PortalUser user) {
		if (!user.role().isProviderStaff()) {
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

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
