package de.pflegeverbund.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.stream.Collectors;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment module's API. Callers pass the Träger of the signed-in user; a family id
 * is trusted to belong to that Träger (the family module checks it before calling).
 */
@Service
public class AssignmentManagement {

	private final CounsellorAssignments assignments;

	private final AccountManagement accounts;

	private final ProviderManagement providers;

	private final Clock clock;

	AssignmentManagement(CounsellorAssignments assignments, AccountManagement accounts, ProviderManagement providers,
			Clock clock) {
		this.assignments = assignments;
		this.accounts = accounts;
		this.providers = providers;
		this.clock = clock;
	}

	/**
	 * Makes a counsellor the primary counsellor of a family from the given day on; the
	 * previous primary assignment ends that day. The database allows one open primary
	 * assignment per family only.
	 */
	@Transactional
	public void assignPrimary(long providerId, long familyId, long counsellorId, LocalDate from) {
		requireActiveStaff(providerId, counsellorId);
		Optional<CounsellorAssignment> current = assignments.findOpenPrimary(familyId);
		if (current.isPresent() && current.get().counsellorId() == counsellorId) {
			throw new AssignmentException("assignment.error.alreadyPrimary");
		}
		current.ifPresent(previous -> {
			previous.end(from);
			assignments.flush();
		});
		assignments
			.save(new CounsellorAssignment(providerId, familyId, counsellorId, AssignmentKind.PRIMARY, from, null));
	}

	/**
	 * Adds a co-counsellor or, with a planned end, a substitute.
	 */
	@Transactional
	public void assignAdditional(long providerId, long familyId, long counsellorId, AssignmentKind kind, LocalDate from,
			@Nullable LocalDate until) {
		if (kind == AssignmentKind.PRIMARY) {
			throw new IllegalArgumentException("Use assignPrimary");
		}
		requireActiveStaff(providerId, counsellorId);
		if (kind == AssignmentKind.SUBSTITUTE && until == null) {
			throw new AssignmentException("assignment.error.substituteNeedsEnd");
		}
		if (until != null && until.isBefore(from)) {
			throw new AssignmentException("assignment.error.endBeforeStart");
		}
		boolean alreadyOpen = assignments.findOpen(familyId)
			.stream()
			.anyMatch(a -> a.counsellorId() == counsellorId && a.kind() == kind);
		if (alreadyOpen) {
			throw new AssignmentException("assignment.error.alreadyAssigned");
		}
		assignments.save(new CounsellorAssignment(providerId, familyId, counsellorId, kind, from, until));
	}

	/**
	 * Ends a co-counsellor's or substitute's assignment. The primary counsellor is
	 * replaced, never just removed.
	 */
	@Transactional
	public void end(long providerId, long familyId, long assignmentId, LocalDate on) {
		CounsellorAssignment assignment = assignments
			.findByIdAndProviderIdAndFamilyId(assignmentId, providerId, familyId)
			.orElseThrow(NotFoundException::new);
		if (assignment.kind() == AssignmentKind.PRIMARY) {
			throw new AssignmentException("assignment.error.primaryCannotEnd");
		}
		assignment.end(on);
	}

	/**
	 * Ends every open assignment of a family, e.g. when the family ends.
	 */
	@Transactional
	public void endAll(long familyId, LocalDate on) {
		assignments.findOpen(familyId).forEach(assignment -> assignment.end(on));
	}

	@Transactional(readOnly = true)
	public boolean isAssigned(long familyId, long counsellorId) {
		return assignments.isActive(familyId, counsellorId, today());
	}

	/**
	 * The families a counsellor looks after today: as primary, co-counsellor or
	 * substitute.
	 */
	@Transactional(readOnly = true)
	public Set<Long> familiesOf(long counsellorId) {
		return new HashSet<>(assignments.findActiveFamilyIds(counsellorId, today()));
	}

	@Transactional(readOnly = true)
	public Optional<Long> primaryCounsellorOf(long familyId) {
		return assignments.findOpenPrimary(familyId).map(CounsellorAssignment::counsellorId);
	}

	/**
	 * The primary counsellor of each family of a Träger on a day (statistics per
	 * counsellor).
	 * @return counsellor id by family id
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> primaryCounsellorsAt(long providerId, LocalDate day) {
		Map<Long, Long> result = new HashMap<>();
		for (Object[] row : assignments.findPrimariesAt(providerId, day)) {
			result.put((Long) row[0], (Long) row[1]);
		}
		return result;
	}

	/**
	 * The names of the primary counsellors of the given families.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> primaryCounsellorNames(long providerId, Collection<Long> familyIds) {
		if (familyIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = staffNames(providerId);
		Map<Long, String> result = new HashMap<>();
		for (CounsellorAssignment assignment : assignments.findOpenPrimaries(familyIds)) {
			result.put(assignment.familyId(), names.getOrDefault(assignment.counsellorId(), ""));
		}
		return result;
	}

	/**
	 * Every assignment of a family, newest first, with the names of its counsellors and
	 * of further staff of the Träger, in one lookup of names.
	 * @param furtherStaff staff whose names the caller shows too (who changed the
	 * family's status)
	 */
	@Transactional(readOnly = true)
	public Counselling counsellingOf(long providerId, long familyId, Collection<Long> furtherStaff) {
		LocalDate today = today();
		List<CounsellorAssignment> history = assignments
			.findByProviderIdAndFamilyIdOrderByStartedOnDescIdDesc(providerId, familyId);
		Set<Long> staff = new HashSet<>(furtherStaff);
		history.forEach(assignment -> staff.add(assignment.counsellorId()));
		Map<Long, String> names = accounts.staffNames(providerId, staff);
		return new Counselling(history.stream()
			.map(assignment -> assignment.toView(names.getOrDefault(assignment.counsellorId(), ""), today))
			.toList(), names);
	}

	/**
	 * A family's assignments as {@link #counsellingOf} found them.
	 *
	 * @param history every assignment, newest first
	 * @param names staff names by account, of the counsellors and the further staff asked
	 * for (an account of another Träger or none has no name here)
	 */
	public record Counselling(List<AssignmentView> history, Map<Long, String> names) {

		/** Whether the counsellor looks after the family today. */
		public boolean isAssigned(long counsellorId) {
			return history.stream()
				.anyMatch(assignment -> assignment.active() && assignment.counsellorId() == counsellorId);
		}

	}

	/**
	 * The staff who can be assigned: active Fachberatung and Leitung of the Träger.
	 */
	@Transactional(readOnly = true)
	public List<StaffSummary> assignableStaff(long providerId) {
		return accounts.activeStaffOf(providerId);
	}

	/**
	 * Families per active counsellor today against the Träger's target ratio.
	 */
	@Transactional(readOnly = true)
	public List<CaseloadRow> caseload(long providerId) {
		int target = providers.find(providerId).map(ProviderSummary::caseloadTarget).orElse(15);
		List<CounsellorAssignment> active = assignments.findActiveOfProvider(providerId, today());
		Map<Long, Map<AssignmentKind, Long>> counts = active.stream()
			.collect(Collectors.groupingBy(CounsellorAssignment::counsellorId,
					Collectors.groupingBy(CounsellorAssignment::kind, Collectors.counting())));
		return accounts.activeStaffOf(providerId).stream().map(staff -> {
			Map<AssignmentKind, Long> byKind = counts.getOrDefault(staff.id(), Map.of());
			return new CaseloadRow(staff.id(), staff.displayName(), byKind.getOrDefault(AssignmentKind.PRIMARY, 0L),
					byKind.getOrDefault(AssignmentKind.CO, 0L), byKind.getOrDefault(AssignmentKind.SUBSTITUTE, 0L),
					target);
		}).toList();
	}

	private void requireActiveStaff(long providerId, long counsellorId) {
		if (accounts.findStaff(providerId, counsellorId).filter(StaffSummary::active).isEmpty()) {
			throw new AssignmentException("assignment.error.unknownCounsellor");
		}
	}

	private Map<Long, String> staffNames(long providerId) {
		return accounts.activeStaffOf(providerId)
			.stream()
			.collect(Collectors.toMap(StaffSummary::id, StaffSummary::displayName, (a, b) -> a));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
