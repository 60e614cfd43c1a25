package de.pflegeverbund.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import de.pflegeverbund.shared.mail.MailService;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a registration, sent after the commit: the opt-in link, the confirmation
 * (with the calendar file) or the waiting-list notice, the move-up from the waiting list.
 * A mail that cannot be delivered is logged without recipient.
 */
@Component
class MeetingMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm")
		.withZone(java.time.ZoneId.of("Europe/Berlin"));

	private static final DateTimeFormatter WHEN_TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(java.time.ZoneId.of("Europe/Berlin"));

	private final MailService mail;

	private final MessageSource messages;

	private final MeetingCalendar calendar;

	private final String baseUrl;

	MeetingMails(MailService mail, MessageSource messages, MeetingCalendar calendar,
			@Value("${portal.base-url}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.calendar = calendar;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	void optIn(String to, MeetingView meeting, String token) {
		send(to, text("meeting.mail.optIn.subject", meeting.title()),
				text("meeting.mail.optIn.body", meeting.title(), WHEN.format(meeting.startsAt()), link(token)), null);
	}

	void status(String to, MeetingView meeting, RegistrationStatus status, String token) {
		String key = (status == RegistrationStatus.CONFIRMED) ? "confirmed" : "waiting";
		send(to, text("meeting.mail." + key + ".subject", meeting.title()), text("meeting.mail." + key + ".body",
				meeting.title(), WHEN.format(meeting.startsAt()), where(meeting), link(token)),
				(status == RegistrationStatus.CONFIRMED) ? ics(meeting) : null);
	}

	void movedUp(String to, MeetingView meeting) {
		send(to, text("meeting.mail.movedUp.subject", meeting.title()), text("meeting.mail.movedUp.body",
				meeting.title(), WHEN.format(meeting.startsAt()), baseUrl + "/veranstaltungen/" + meeting.id()),
				ics(meeting));
	}

	void changed(String to, MeetingView meeting) {
		send(to, text("meeting.mail.changed.subject", meeting.title()),
				text("meeting.mail.changed.body", meeting.title(), WHEN.format(meeting.startsAt()),
						WHEN_TIME.format(meeting.endsAt()), where(meeting),
						baseUrl + "/veranstaltungen/" + meeting.id()),
				ics(meeting));
	}

	void minutesPublished(String to, MeetingView meeting, String minutes) {
		send(to, text("meeting.mail.minutes.subject", meeting.title()),
				text("meeting.mail.minutes.body", meeting.title(), minutes), null);
	}

	void cancelled(String to, MeetingView meeting) {
		send(to, text("meeting.mail.cancelled.subject", meeting.title()),
				text("meeting.mail.cancelled.body", meeting.title(), WHEN.format(meeting.startsAt())), ics(meeting));
	}

	/**
	 * The place, or the online link (mailed only to those registered).
	 */
	private String where(MeetingView meeting) {
		if (meeting.place() != null && meeting.onlineLink() != null) {
			return meeting.place() + ", " + text("meeting.online") + ": " + meeting.onlineLink();
		}
		return (meeting.place() != null) ? meeting.place() : text("meeting.online") + ": " + meeting.onlineLink();
	}

	private MailService.Attachment ics(MeetingView meeting) {
		return new MailService.Attachment("veranstaltung-" + meeting.id() + ".ics", "text/calendar; charset=UTF-8",
				calendar.ics(meeting));
	}

	private String link(String token) {
		return baseUrl + "/veranstaltungen/anmeldung/" + token;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.GERMAN);
	}

	private void send(String to, String subject, String body, MailService.@Nullable Attachment attachment) {
		mail.sendAfterCommit("a meeting registration", to, subject, body, attachment);
	}

}
