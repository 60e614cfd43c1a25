package de.pflegeverbund.provider;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Providers extends JpaRepository<Provider, Long> {

	List<Provider> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	@Query("""
			select p.name, a from Provider p join p.serviceAreas a
			where a in :prefixes and p.id <> :excludedId
			""")
	List<Object[]> findServiceAreaOwners(Collection<String> prefixes, long excludedId);

}
