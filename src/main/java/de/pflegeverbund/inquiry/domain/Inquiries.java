package de.pflegeverbund.inquiry.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.pflegeverbund.inquiry.InquiryStatus;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Inquiries extends JpaRepository<Inquiry, Long> {

	Optional<Inquiry> findBySubmissionKey(UUID submissionKey);

	Optional<Inquiry> findByIdAndProviderId(long id, long providerId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Inquiry i where i.id = :id and i.providerId = :providerId")
	Optional<Inquiry> lockByIdAndProviderId(long id, long providerId);

	Optional<Inquiry> findByIdAndProviderIdIsNull(long id);

	Page<Inquiry> findByProviderIdAndStatusIn(long providerId, Collection<InquiryStatus> statuses, Pageable page);

	Page<Inquiry> findByProviderIdAndCounsellorIdAndStatusIn(long providerId, long counsellorId,
			Collection<InquiryStatus> statuses, Pageable page);

	List<Inquiry> findByProviderIdOrderByReceivedAtDesc(long providerId);

	List<Inquiry> findByProviderIdAndCounsellorIdOrderByReceivedAtDesc(long providerId, long counsellorId);

	List<Inquiry> findByProviderIdIsNullOrderByReceivedAtAsc();

	long countByProviderIdAndStatus(long providerId, InquiryStatus status);

	long countByCounsellorIdAndStatusIn(long counsellorId, Collection<InquiryStatus> statuses);

	long countByProviderIdIsNull();

	/**
	 * Hands the open inquiries of a Träger back to the state office's inbox.
	 * @return how many
	 */
	@Modifying
	@Query("update Inquiry i set i.providerId = null, i.counsellorId = null, i.routedAt = null "
			+ "where i.providerId = :providerId and i.closedAt is null and i.familyId is null")
	int returnOpenToInbox(long providerId);

	@Query("select i from Inquiry i where (i.closedAt is not null and i.closedAt < :closedBefore) "
			+ "or (i.closedAt is null and i.lastActivityAt < :idleBefore)")
	List<Inquiry> findStale(Instant closedBefore, Instant idleBefore);

}
