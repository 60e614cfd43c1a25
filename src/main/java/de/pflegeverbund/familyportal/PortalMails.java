package de.pflegeverbund.familyportal;

import java.util.Locale;

import de.pflegeverbund.shared.mail.MailService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The family portal's notices, sent after the commit: always a link, never the content of
 * a request or concern.
 */
@Component
class PortalMails {

	private final MailService mail;

	private final MessageSource messages;

	private final String baseUrl;

	PortalMails(MailService mail, MessageSource messages, @Value("${portal.base-url}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	void correctionRequested(String to, long id) {
		send(to, "portal.mail.correction.subject", "portal.mail.correction.body", baseUrl + "/korrekturen");
	}

	void correctionDecided(String to) {
		send(to, "portal.mail.correctionDecided.subject", "portal.mail.correctionDecided.body", baseUrl + "/familie");
	}

	void concernReceived(String to, boolean stateOffice, long id) {
		send(to, "portal.mail.concern.subject", "portal.mail.concern.body",
				baseUrl + (stateOffice ? "/koordination/anliegen/" : "/leitung/anliegen/") + id);
	}

	void concernAnswered(String to, long id) {
		send(to, "portal.mail.concernAnswered.subject", "portal.mail.concernAnswered.body",
				baseUrl + "/familie/anliegen/" + id);
	}

	private void send(String to, String subjectKey, String bodyKey, String link) {
		mail.sendAfterCommit("the family portal", to, messages.getMessage(subjectKey, null, Locale.GERMAN),
				messages.getMessage(bodyKey, new Object[] { link }, Locale.GERMAN), null);
	}

}
