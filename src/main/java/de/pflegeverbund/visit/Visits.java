package de.pflegeverbund.visit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Visits extends JpaRepository<Visit, Long> {

	Optional<Visit> findBySubmissionKey(UUID submissionKey);

	Optional<Visit> findByIdAndFamilyIdAndProviderId(long id, long familyId, long providerId);

	@Query("select v from Visit v where v.familyId = :familyId and v.providerId = :providerId order by v.occurredAt desc, v.id desc")
	List<Visit> findHistory(long familyId, long providerId);

	/**
	 * The latest contact per family: family id, time of the contact, next planned
	 * contact.
	 */
	@Query("""
			select v.familyId, v.occurredAt, v.nextPlannedOn from Visit v
			where v.familyId in :familyIds and v.occurredAt = (
				select max(w.occurredAt) from Visit w where w.familyId = v.familyId)
			""")
	List<Object[]> findLatest(Collection<Long> familyIds);

}
