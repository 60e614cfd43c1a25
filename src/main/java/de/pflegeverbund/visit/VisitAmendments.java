package de.pflegeverbund.visit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitAmendments extends JpaRepository<VisitAmendment, Long> {

	List<VisitAmendment> findByVisitIdOrderByCreatedAtAsc(long visitId);

}
