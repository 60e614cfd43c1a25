package de.pflegeverbund.inquiry.domain;

import java.util.Locale;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.shared.mail.MailService;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails around an inquiry. They go out after the transaction committed
 * ({@link MailService#sendAfterCommit}). Mails to staff carry a link only, never the
 * applicants' data.
 */
@Component
public class InquiryMails {

	private final MailService mail;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final String baseUrl;

	InquiryMails(MailService mail, AccountManagement accounts, MessageSource messages,
			@Value("${portal.base-url}") String baseUrl) {
		this.mail = mail;
		this.accounts = accounts;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * Thanks the applicants and tells them who will contact them.
	 */
	public void confirmation(long inquiryId, String to, String name, @Nullable String providerName,
			@Nullable String providerContact) {
		String privacy = baseUrl + "/datenschutz";
		String body = (providerName != null)
				? text("mail.inquiry.confirmation.bodyRouted", name, providerName, providerContact, privacy)
				: text("mail.inquiry.confirmation.bodyInbox", name, privacy);
		afterCommit(inquiryId, to, text("mail.inquiry.confirmation.subject"), body);
	}

	/**
	 * Tells every active Leitung of the Träger that an inquiry arrived.
	 */
	public void newForProvider(long inquiryId, long providerId) {
		String link = baseUrl + "/anfragen/" + inquiryId;
		for (StaffSummary lead : accounts.activeStaffOf(providerId)) {
			if (lead.role() == Role.PROVIDER_ADMIN) {
				afterCommit(inquiryId, lead.email(), text("mail.inquiry.new.subject"),
						text("mail.inquiry.new.body", lead.displayName(), link));
			}
		}
	}

	/**
	 * Tells the coordinators that an inquiry waits in their inbox.
	 */
	public void newInInbox(long inquiryId) {
		String link = baseUrl + "/koordination/anfragen";
		for (StaffSummary coordinator : accounts.activeCoordinators()) {
			afterCommit(inquiryId, coordinator.email(), text("mail.inquiry.inbox.subject"),
					text("mail.inquiry.inbox.body", coordinator.displayName(), link));
		}
	}

	/**
	 * Tells the coordinators that the open inquiries of a Träger taken out of service are
	 * back in their inbox.
	 */
	public void returnedToInbox(int count) {
		String link = baseUrl + "/koordination/anfragen";
		for (StaffSummary coordinator : accounts.activeCoordinators()) {
			afterCommit(0, coordinator.email(), text("mail.inquiry.returned.subject"),
					text("mail.inquiry.returned.body", coordinator.displayName(), count, link));
		}
	}

	/**
	 * Tells a counsellor that an inquiry was given to them.
	 */
	public void assigned(long inquiryId, StaffSummary counsellor) {
		afterCommit(inquiryId, counsellor.email(), text("mail.inquiry.assigned.subject"),
				text("mail.inquiry.assigned.body", counsellor.displayName(), baseUrl + "/anfragen/" + inquiryId));
	}

	private String text(String key, @Nullable Object... arguments) {
		return messages.getMessage(key, arguments, Locale.GERMAN);
	}

	private void afterCommit(long inquiryId, String to, String subject, String body) {
		mail.sendAfterCommit("inquiry " + inquiryId, to, subject, body, null);
	}

}
