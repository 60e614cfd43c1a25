package de.pflegeverbund.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRegistrations extends JpaRepository<MeetingRegistration, Long> {

	long countByMeetingIdAndStatus(long meetingId, RegistrationStatus status);

	Optional<MeetingRegistration> findByMeetingIdAndAccountIdAndStatusNot(long meetingId, long accountId,
			RegistrationStatus status);

	Optional<MeetingRegistration> findByTokenHash(String tokenHash);

	List<MeetingRegistration> findByMeetingIdAndStatusIn(long meetingId,
			java.util.Collection<RegistrationStatus> statuses);

	@org.springframework.data.jpa.repository.Query("""
			select r from MeetingRegistration r where r.meetingId = :meetingId and lower(r.email) = lower(:email)
			and r.status <> de.pflegeverbund.meeting.RegistrationStatus.CANCELLED""")
	Optional<MeetingRegistration> findActiveByEmail(long meetingId, String email);

	@org.springframework.data.jpa.repository.Query("""
			select r.accountId, m.id, m.title, m.startsAt, m.endsAt
			from MeetingRegistration r join NetworkMeeting m on m.id = r.meetingId
			where r.accountId in :accountIds and r.attended = true and m.kind = :kind
			and m.startsAt >= :from and m.startsAt < :to and m.cancelledAt is null
			order by m.startsAt""")
	List<Object[]> findAttendance(java.util.Collection<Long> accountIds, MeetingKind kind, java.time.Instant from,
			java.time.Instant to);

	List<MeetingRegistration> findByMeetingIdAndStatusOrderByRegisteredAtAscIdAsc(long meetingId,
			RegistrationStatus status);

}
