package de.pflegeverbund.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRegistrations extends JpaRepository<MeetingRegistration, Long> {

	long countByMeetingIdAndStatus(long meetingId, RegistrationStatus status);

	Optional<MeetingRegistration> findByMeetingIdAndAccountIdAndStatusNot(long meetingId, long accountId,
			RegistrationStatus status);

	List<MeetingRegistration> findByMeetingIdAndStatusOrderByRegisteredAtAscIdAsc(long meetingId,
			RegistrationStatus status);

}
