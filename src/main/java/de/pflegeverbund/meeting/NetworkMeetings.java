package de.pflegeverbund.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NetworkMeetings extends JpaRepository<NetworkMeeting, Long> {

	@Query("""
			select m from NetworkMeeting m where m.endsAt > :from and m.audience in :audiences
			order by m.startsAt
			""")
	List<NetworkMeeting> findUpcoming(Instant from, Collection<Audience> audiences);

	List<NetworkMeeting> findBySeriesKeyOrderByStartsAt(java.util.UUID seriesKey);

	List<NetworkMeeting> findByFollowUpOfOrderByStartsAt(long followUpOf);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from NetworkMeeting m where m.id = :id")
	Optional<NetworkMeeting> lock(long id);

}
