package de.pflegeverbund.cooperation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CooperationRequests extends JpaRepository<CooperationRequest, Long> {

	@Query("""
			select r from CooperationRequest r
			order by case when r.status = de.pflegeverbund.cooperation.CooperationStatus.OPEN then 0 else 1 end,
			r.receivedAt desc""")
	List<CooperationRequest> findAllOpenFirst();

	long countByStatus(CooperationStatus status);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from CooperationRequest r where r.id = :id")
	Optional<CooperationRequest> lock(long id);

}
