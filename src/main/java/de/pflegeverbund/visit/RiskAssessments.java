package de.pflegeverbund.visit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAssessments extends JpaRepository<RiskAssessment, Long> {

	List<RiskAssessment> findByProviderIdOrderByClosedAtDescOpenedAtDesc(long providerId);

	long countByProviderIdAndClosedAtIsNull(long providerId);

	Optional<RiskAssessment> findByIdAndProviderId(long id, long providerId);

	boolean existsByVisitId(long visitId);

}
