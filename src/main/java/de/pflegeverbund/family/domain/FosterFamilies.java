package de.pflegeverbund.family.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface FosterFamilies extends JpaRepository<FosterFamily, Long>, JpaSpecificationExecutor<FosterFamily> {

	Optional<FosterFamily> findByIdAndProviderId(long id, long providerId);

	/**
	 * The family with its adults in one query (the family page and the contact pages show
	 * them; read lazily they were a query of their own).
	 */
	@EntityGraph(attributePaths = "adults")
	Optional<FosterFamily> findWithAdultsByIdAndProviderId(long id, long providerId);

	long countByProviderId(long providerId);

}
