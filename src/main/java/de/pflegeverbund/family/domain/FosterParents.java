package de.pflegeverbund.family.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FosterParents extends JpaRepository<FosterParent, Long> {

	/**
	 * Adults of the Träger's active families whose certificate is missing or dated on or
	 * before the given day.
	 */
	@Query("""
			select p from FosterParent p join fetch p.family f
			where p.providerId = :providerId and f.status <> de.pflegeverbund.family.FamilyStatus.ENDED
			and (p.certificateDate is null or p.certificateDate <= :datedOnOrBefore)
			order by p.certificateDate nulls first, f.name
			""")
	List<FosterParent> findCertificatesDue(long providerId, LocalDate datedOnOrBefore);

	/**
	 * Adults of active families of all Träger whose certificate is dated on or before the
	 * given day.
	 */
	@Query("""
			select p from FosterParent p join fetch p.family f
			where f.status <> de.pflegeverbund.family.FamilyStatus.ENDED
			and p.certificateDate is not null and p.certificateDate <= :datedOnOrBefore
			""")
	List<FosterParent> findCertificatesForReminder(LocalDate datedOnOrBefore);

	/**
	 * Claims the reminder for one due date; 0 when it has been claimed (sent) before.
	 */
	@Modifying
	@Query("""
			update FosterParent p set p.certificateReminderDue = :due
			where p.id = :id and (p.certificateReminderDue is null or p.certificateReminderDue <> :due)
			""")
	int claimReminder(long id, LocalDate due);

	/**
	 * Adults whose family ended on or before the given day and who still have certificate
	 * facts.
	 */
	@Query("""
			select p from FosterParent p join p.family f
			where f.status = de.pflegeverbund.family.FamilyStatus.ENDED and f.endedOn <= :endedOnOrBefore
			and p.certificateDate is not null
			""")
	List<FosterParent> findCertificatesToErase(LocalDate endedOnOrBefore);

}
