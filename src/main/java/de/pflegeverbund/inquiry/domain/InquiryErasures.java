package de.pflegeverbund.inquiry.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases inquiries: closed ones after {@code portal.inquiry.closed-retention}, open ones
 * without activity for {@code portal.inquiry.idle-retention} (daily job), and single ones
 * on request. Notes and status history go with them; what remains is an anonymous row
 * (Träger, day received, last status, whether it became a family) for the statistics. The
 * log says how many were erased, never whose.
 */
@Component
public class InquiryErasures {

	private static final Log logger = LogFactory.getLog(InquiryErasures.class);

	private final Inquiries inquiries;

	private final JdbcTemplate jdbc;

	private final InquiryProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	InquiryErasures(Inquiries inquiries, JdbcTemplate jdbc, InquiryProperties properties,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.inquiries = inquiries;
		this.jdbc = jdbc;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(cron = "${portal.inquiry.retention-job-cron}")
	@SchedulerLock(name = "inquiry-erasures", lockAtLeastFor = "PT5M")
	public void runDaily() {
		eraseStale();
	}

	/**
	 * Erases every inquiry whose retention period has passed.
	 * @return how many were erased, by reason
	 */
	public Map<Reason, Integer> eraseStale() {
		Instant now = clock.instant();
		Instant closedBefore = before(now, properties.closedRetention());
		Instant idleBefore = before(now, properties.idleRetention());
		Map<Reason, Integer> erased = new EnumMap<>(Reason.class);
		erased.put(Reason.CLOSED, 0);
		erased.put(Reason.IDLE, 0);
		transaction.executeWithoutResult(status -> {
			List<Inquiry> stale = inquiries.findStale(closedBefore, idleBefore);
			for (Inquiry inquiry : stale) {
				Reason reason = (inquiry.closedAt() != null) ? Reason.CLOSED : Reason.IDLE;
				erase(inquiry, reason);
				erased.merge(reason, 1, Integer::sum);
			}
		});
		int total = erased.values().stream().mapToInt(Integer::intValue).sum();
		if (total > 0) {
			logger.info("Inquiries erased after retention: closed " + erased.get(Reason.CLOSED) + ", idle "
					+ erased.get(Reason.IDLE));
		}
		return erased;
	}

	/**
	 * Erases one inquiry, leaving the anonymous row; within the caller's transaction.
	 */
	public void erase(Inquiry inquiry, Reason reason) {
		jdbc.update("""
				insert into inquiry_erasure (provider_id, received_on, last_status, converted, reason, erased_at)
				values (?, ?, ?, ?, ?, ?)
				""", inquiry.providerId(), inquiry.receivedOn(), inquiry.status().name(), inquiry.familyId() != null,
				reason.name(), Timestamp.from(clock.instant()));
		inquiries.delete(inquiry);
		inquiries.flush();
		if (reason == Reason.REQUEST) {
			logger.info("Inquiry erased on request");
		}
	}

	private static Instant before(Instant now, Period period) {
		return ZonedDateTime.ofInstant(now, Inquiry.ZONE).minus(period).toInstant();
	}

	/**
	 * Why an inquiry was erased.
	 */
	public enum Reason {

		CLOSED, IDLE, REQUEST

	}

}
