package de.pflegeverbund.provider;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Providers extends JpaRepository<Provider, Long> {

	List<Provider> findAllByOrderByNameAsc();

	@Query("select p.name from Provider p where p.id = :id")
	Optional<String> findNameById(long id);

	/**
	 * The Träger, locked until the transaction ends (a change of one of its settings).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Provider p where p.id = :id")
	Optional<Provider> lockById(long id);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	@Query("""
			select p.name, a from Provider p join p.serviceAreas a
			where a in :prefixes and p.id <> :excludedId
			""")
	List<Object[]> findServiceAreaOwners(Collection<String> prefixes, long excludedId);

	/**
	 * The active Träger whose service area has the longest prefix of the postal code.
	 */
	@Query(nativeQuery = true, value = """
			select a.provider_id from provider_service_area a join provider p on p.id = a.provider_id
			where p.active and starts_with(:postalCode, a.postal_prefix)
			order by length(a.postal_prefix) desc, a.provider_id
			limit 1
			""")
	Optional<Long> findResponsibleFor(String postalCode);

}
