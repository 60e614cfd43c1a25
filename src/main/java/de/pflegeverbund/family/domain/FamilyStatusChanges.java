package de.pflegeverbund.family.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FamilyStatusChanges extends JpaRepository<FamilyStatusChange, Long> {

	List<FamilyStatusChange> findByFamilyIdOrderByChangedOnDescIdDesc(long familyId);

}
