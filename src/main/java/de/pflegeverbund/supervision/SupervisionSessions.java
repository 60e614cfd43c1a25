package de.pflegeverbund.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupervisionSessions extends JpaRepository<SupervisionSession, Long> {

	@Query("""
			select distinct s from SupervisionSession s left join s.participants p
			where s.providerId = :providerId and s.heldOn between :from and :to
			and (s.createdBy = :accountId or p = :accountId or s.supervisorAccountId = :accountId)
			order by s.heldOn desc, s.id desc""")
	List<SupervisionSession> findReadable(long providerId, long accountId, LocalDate from, LocalDate to);

	@Query("""
			select s from SupervisionSession s
			where s.providerId = :providerId and s.heldOn between :from and :to""")
	List<SupervisionSession> findOfProvider(long providerId, LocalDate from, LocalDate to);

	@Query("select s from SupervisionSession s where s.heldOn between :from and :to")
	List<SupervisionSession> findAllBetween(LocalDate from, LocalDate to);

}
