package de.pflegeverbund.cooperation;

import java.util.Locale;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.shared.mail.MailService;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a cooperation request, sent after the commit: the receipt, the notice to
 * the coordinators (a link, no names), the answer.
 */
@Component
class CooperationMails {

	private final MailService mail;

	private final MessageSource messages;

	private final AccountManagement accounts;

	private final String baseUrl;

	CooperationMails(MailService mail, MessageSource messages, AccountManagement accounts,
			@Value("${portal.base-url}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.accounts = accounts;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	void received(String to, String organisation) {
		send(to, text("cooperation.mail.received.subject"), text("cooperation.mail.received.body", organisation));
	}

	void notifyCoordinators(long id) {
		for (StaffSummary coordinator : accounts.activeCoordinators()) {
			send(coordinator.email(), text("cooperation.mail.new.subject"),
					text("cooperation.mail.new.body", baseUrl + "/koordination/kooperationen/" + id));
		}
	}

	void accepted(String to, String organisation, String leadEmail) {
		send(to, text("cooperation.mail.accepted.subject"),
				text("cooperation.mail.accepted.body", organisation, leadEmail));
	}

	void declined(String to, String organisation, @Nullable String reason) {
		send(to, text("cooperation.mail.declined.subject"), text("cooperation.mail.declined.body", organisation,
				(reason != null) ? reason : text("cooperation.mail.declined.noReason")));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.GERMAN);
	}

	private void send(String to, String subject, String body) {
		mail.sendAfterCommit("a cooperation request", to, subject, body, null);
	}

}
