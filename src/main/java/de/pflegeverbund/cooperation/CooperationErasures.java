package de.pflegeverbund.cooperation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases decided cooperation requests (with the contact person's data) after
 * {@code portal.cooperation.decided-retention}; an accepted Träger lives on in the
 * provider module. The log says how many, never whose.
 */
@Component
class CooperationErasures {

	private static final Log logger = LogFactory.getLog(CooperationErasures.class);

	private final JdbcTemplate jdbc;

	private final Duration retention;

	private final Clock clock;

	CooperationErasures(JdbcTemplate jdbc, @Value("${portal.cooperation.decided-retention}") Duration retention,
			Clock clock) {
		this.jdbc = jdbc;
		this.retention = retention;
		this.clock = clock;
	}

	@Scheduled(cron = "${portal.cooperation.retention-job-cron}")
	@SchedulerLock(name = "cooperation-erasures", lockAtLeastFor = "PT5M")
	@Transactional // eraseStale() is called on this object, past its transactional proxy
	public void runDaily() {
		eraseStale();
	}

	@Transactional
	int eraseStale() {
		int erased = jdbc.update("delete from cooperation_request where status <> 'OPEN' and decided_at < ?",
				Timestamp.from(clock.instant().minus(retention)));
		if (erased > 0) {
			logger.info("Erased " + erased + " decided cooperation requests after their retention period");
		}
		return erased;
	}

}
