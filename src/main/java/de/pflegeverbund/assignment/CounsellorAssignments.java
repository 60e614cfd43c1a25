package de.pflegeverbund.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounsellorAssignments extends JpaRepository<CounsellorAssignment, Long> {

	String ACTIVE = " a.endedOn is null and a.startedOn <= :day and (a.plannedEnd is null or a.plannedEnd >= :day) ";

	List<CounsellorAssignment> findByProviderIdAndFamilyIdOrderByStartedOnDescIdDesc(long providerId, long familyId);

	Optional<CounsellorAssignment> findByIdAndProviderIdAndFamilyId(long id, long providerId, long familyId);

	@Query("select a from CounsellorAssignment a where a.familyId = :familyId and a.kind = 'PRIMARY' and a.endedOn is null")
	Optional<CounsellorAssignment> findOpenPrimary(long familyId);

	@Query("select a from CounsellorAssignment a where a.familyId = :familyId and a.endedOn is null")
	List<CounsellorAssignment> findOpen(long familyId);

	@Query("select count(a) > 0 from CounsellorAssignment a where a.familyId = :familyId and a.counsellorId = :counsellorId and"
			+ ACTIVE)
	boolean isActive(long familyId, long counsellorId, LocalDate day);

	@Query("select distinct a.familyId from CounsellorAssignment a where a.counsellorId = :counsellorId and" + ACTIVE)
	List<Long> findActiveFamilyIds(long counsellorId, LocalDate day);

	@Query("select a from CounsellorAssignment a where a.familyId in :familyIds and a.kind = 'PRIMARY' and a.endedOn is null")
	List<CounsellorAssignment> findOpenPrimaries(Collection<Long> familyIds);

	@Query("select a from CounsellorAssignment a where a.providerId = :providerId and" + ACTIVE)
	List<CounsellorAssignment> findActiveOfProvider(long providerId, LocalDate day);

	/**
	 * Family id and counsellor id of the primary assignments of a Träger in force on a
	 * day.
	 */
	@Query("""
			select a.familyId, a.counsellorId from CounsellorAssignment a
			where a.providerId = :providerId and a.kind = de.pflegeverbund.assignment.AssignmentKind.PRIMARY
			and a.startedOn <= :day and (a.endedOn is null or a.endedOn > :day)
			""")
	List<Object[]> findPrimariesAt(long providerId, java.time.LocalDate day);

}
