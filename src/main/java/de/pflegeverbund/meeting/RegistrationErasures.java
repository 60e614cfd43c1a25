package de.pflegeverbund.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what external professionals entered once it is no longer needed (daily job):
 * registrations whose address was never confirmed after
 * {@code portal.meeting.unconfirmed-retention}, and all registrations without account of
 * meetings over for {@code portal.meeting.external-retention}. Staff and family
 * registrations stay: their attendance counts for the supervision records. The log says
 * how many were erased, never whose.
 */
@Component
class RegistrationErasures {

	private static final Log logger = LogFactory.getLog(RegistrationErasures.class);

	private final JdbcTemplate jdbc;

	private final Duration unconfirmedRetention;

	private final Duration externalRetention;

	private final Clock clock;

	RegistrationErasures(JdbcTemplate jdbc,
			@Value("${portal.meeting.unconfirmed-retention}") Duration unconfirmedRetention,
			@Value("${portal.meeting.external-retention}") Duration externalRetention, Clock clock) {
		this.jdbc = jdbc;
		this.unconfirmedRetention = unconfirmedRetention;
		this.externalRetention = externalRetention;
		this.clock = clock;
	}

	@Scheduled(cron = "${portal.meeting.retention-job-cron}")
	@SchedulerLock(name = "meeting-registration-erasures", lockAtLeastFor = "PT5M")
	@Transactional // eraseStale() is called on this object, past its transactional proxy
	public void runDaily() {
		eraseStale();
	}

	/**
	 * Erases every registration whose retention period has passed.
	 * @return how many were erased
	 */
	@Transactional
	int eraseStale() {
		Instant now = clock.instant();
		int unconfirmed = jdbc.update(
				"delete from meeting_registration where status = 'UNCONFIRMED' and registered_at < ?",
				Timestamp.from(now.minus(unconfirmedRetention)));
		int external = jdbc.update("""
				delete from meeting_registration r using network_meeting m
				where r.meeting_id = m.id and r.account_id is null and m.ends_at < ?""",
				Timestamp.from(now.minus(externalRetention)));
		if (unconfirmed + external > 0) {
			logger.info("Erased " + unconfirmed + " unconfirmed and " + external
					+ " external meeting registrations after their retention period");
		}
		return unconfirmed + external;
	}

}
