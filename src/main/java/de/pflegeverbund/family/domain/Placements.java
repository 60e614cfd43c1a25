package de.pflegeverbund.family.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Placements extends JpaRepository<Placement, Long> {

	List<Placement> findByFamilyIdOrderByStartedOnDescIdDesc(long familyId);

	long countByFamilyIdAndEndedOnIsNull(long familyId);

	Optional<Placement> findByIdAndFamilyId(long id, long familyId);

}
