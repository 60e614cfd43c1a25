package de.pflegeverbund.family.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface FosterFamilies extends JpaRepository<FosterFamily, Long>, JpaSpecificationExecutor<FosterFamily> {

	Optional<FosterFamily> findByIdAndProviderId(long id, long providerId);

	/**
	 * The family with its adults in one query (the family page and the contact pages show
	 * them; read lazily they were a query of their own). A fetch join, not an entity
	 * graph: Hibernate 7 translates a query with an entity graph anew on every call,
	 * which cost three times the lazy second query (JFR profile of the family page).
	 */
	@Query("select f from FosterFamily f left join fetch f.adults where f.id = :id and f.providerId = :providerId")
	Optional<FosterFamily> findWithAdultsByIdAndProviderId(long id, long providerId);

	long countByProviderId(long providerId);

	/** Whether the Träger has the family, without reading it. */
	@Query("select count(f) > 0 from FosterFamily f where f.id = :id and f.providerId = :providerId")
	boolean existsInProvider(long id, long providerId);

}
