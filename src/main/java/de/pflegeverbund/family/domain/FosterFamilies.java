package de.pflegeverbund.family.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface FosterFamilies extends JpaRepository<FosterFamily, Long>, JpaSpecificationExecutor<FosterFamily> {

	Optional<FosterFamily> findByIdAndProviderId(long id, long providerId);

	long countByProviderId(long providerId);

}
