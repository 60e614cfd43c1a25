package de.pflegeverbund.family.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.assignment.AssignmentManagement;
import de.pflegeverbund.shared.mail.MailService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily police-certificate job: reminds the primary counsellor before a certificate
 * is due, once per due date, and erases the certificate facts of families that ended
 * longer ago than the retention period. The reminder is claimed in the database before
 * the mail goes out (and the claim rolled back if it fails), so it is sent once even when
 * several instances run the job.
 */
@Component
public class CertificateJobs {

	private static final Log logger = LogFactory.getLog(CertificateJobs.class);

	private final FosterParents adults;

	private final AssignmentManagement assignments;

	private final AccountManagement accounts;

	private final MailService mail;

	private final MessageSource messages;

	private final FamilyProperties properties;

	private final TransactionTemplate transaction;

	private final String baseUrl;

	private final Clock clock;

	CertificateJobs(FosterParents adults, AssignmentManagement assignments, AccountManagement accounts,
			MailService mail, MessageSource messages, FamilyProperties properties,
			PlatformTransactionManager transactionManager, @Value("${portal.base-url}") String baseUrl, Clock clock) {
		this.adults = adults;
		this.assignments = assignments;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.clock = clock;
	}

	@Scheduled(cron = "${portal.family.certificate-job-cron}")
	@SchedulerLock(name = "certificate-jobs", lockAtLeastFor = "PT5M")
	public void runDaily() {
		sendReminders();
		eraseExpired();
	}

	/**
	 * Sends the reminders that are due today and have not been sent.
	 * @return the number of reminders sent
	 */
	public int sendReminders() {
		LocalDate today = LocalDate.now(clock);
		LocalDate datedOnOrBefore = today.plus(properties.certificateReminderLead())
			.minus(properties.certificateValidity());
		List<Long> candidates = transaction.execute(status -> adults.findCertificatesForReminder(datedOnOrBefore)
			.stream()
			.filter(adult -> !java.util.Objects.equals(adult.certificateReminderDue(),
					adult.certificateDue(properties.certificateValidity())))
			.map(FosterParent::id)
			.toList());
		int sent = 0;
		for (Long adultId : (candidates != null) ? candidates : List.<Long>of()) {
			Boolean done = transaction.execute(status -> remind(adultId));
			if (Boolean.TRUE.equals(done)) {
				sent++;
			}
		}
		if (sent > 0) {
			logger.info("Police-certificate reminders sent: " + sent);
		}
		return sent;
	}

	private boolean remind(long adultId) {
		FosterParent adult = adults.findById(adultId).orElse(null);
		if (adult == null) {
			return false;
		}
		LocalDate due = adult.certificateDue(properties.certificateValidity());
		FosterFamily family = adult.family();
		Optional<StaffSummary> counsellor = assignments.primaryCounsellorOf(family.id())
			.flatMap(id -> accounts.findStaff(family.providerId(), id))
			.filter(StaffSummary::active);
		if (due == null || counsellor.isEmpty() || adults.claimReminder(adultId, due) != 1) {
			return false;
		}
		String link = baseUrl + "/familien/" + family.id();
		mail.send(counsellor.get().email(),
				messages.getMessage("mail.certificateReminder.subject", null, Locale.GERMAN),
				messages
					.getMessage(
							"mail.certificateReminder.body", new Object[] { counsellor.get().displayName(),
									family.name(), due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), link },
							Locale.GERMAN));
		return true;
	}

	/**
	 * Erases the certificate facts of adults whose family ended longer ago than the
	 * retention period.
	 * @return the number of adults whose facts were erased
	 */
	public int eraseExpired() {
		LocalDate endedOnOrBefore = LocalDate.now(clock).minus(properties.certificateRetention());
		Integer erased = transaction.execute(status -> {
			List<FosterParent> expired = adults.findCertificatesToErase(endedOnOrBefore);
			expired.forEach(FosterParent::eraseCertificate);
			return expired.size();
		});
		if (erased != null && erased > 0) {
			logger.info("Police-certificate facts erased after retention: " + erased);
		}
		return (erased != null) ? erased : 0;
	}

}
