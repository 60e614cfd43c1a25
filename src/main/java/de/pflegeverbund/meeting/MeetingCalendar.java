package de.pflegeverbund.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A meeting as an iCalendar file (RFC 5545, written by biweekly); the UID stays the same
 * for a meeting, so a calendar updates the entry instead of adding a second one.
 */
@Component
class MeetingCalendar {

	private final String host;

	MeetingCalendar(@Value("${portal.base-url}") String baseUrl) {
		this.host = java.net.URI.create(baseUrl).getHost();
	}

	byte[] ics(MeetingView meeting) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Pflegeverbund-Portal//DE");
		calendar.setMethod(Method.publish());
		VEvent event = new VEvent();
		event.setUid("meeting-" + meeting.id() + "@" + host);
		event.setSequence((int) Math.min(Integer.MAX_VALUE, meeting.version()));
		event.setSummary(meeting.title());
		event.setDateStart(Date.from(meeting.startsAt()), true);
		event.setDateEnd(Date.from(meeting.endsAt()), true);
		if (meeting.place() != null) {
			event.setLocation(meeting.place());
		}
		if (meeting.agenda() != null) {
			event.setDescription(meeting.agenda());
		}
		if (meeting.cancelled()) {
			event.setStatus(Status.cancelled());
		}
		calendar.addEvent(event);
		return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
	}

}
