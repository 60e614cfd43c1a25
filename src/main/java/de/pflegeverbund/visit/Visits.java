package de.pflegeverbund.visit;

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

}
