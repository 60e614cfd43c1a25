package de.pflegeverbund.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The form for a new meeting.
 */
record MeetingForm(@NotNull(message = "{meeting.form.kind.required}") @Nullable MeetingKind kind,
		@NotBlank(message = "{meeting.form.title.required}") @Size(max = 200,
				message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
						message = "{inquiry.form.text.invalid}") @Nullable String title,
		@NotNull(message = "{validation.date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
		@NotNull(message = "{meeting.form.time.required}") @DateTimeFormat(pattern = "HH:mm",
				fallbackPatterns = "HH:mm:ss") @Nullable LocalTime startTime,
		@NotNull(message = "{meeting.form.time.required}") @DateTimeFormat(pattern = "HH:mm",
				fallbackPatterns = "HH:mm:ss") @Nullable LocalTime endTime,
		@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String place,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|https://\\S+",
				message = "{meeting.form.link.invalid}") @Nullable String onlineLink,
		@Size(max = 10000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String agenda,
		@NotNull(message = "{meeting.form.audience.required}") @Nullable Audience audience,
		@Pattern(regexp = "^\\s*([1-9][0-9]{0,3})?\\s*$",
				message = "{meeting.form.capacity.invalid}") @Nullable String capacity,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate registrationDeadline,
		@Nullable SeriesRhythm repeat, @Pattern(regexp = "^\\s*([0-9]{1,2})?\\s*$",
				message = "{meeting.form.occurrences.invalid}") @Nullable String occurrences,
		@Nullable Long version) {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static MeetingForm empty(LocalDate date) {
		return new MeetingForm(MeetingKind.NETWORK_MEETING, "", date, LocalTime.of(10, 0), LocalTime.of(12, 0), "", "",
				"", Audience.STAFF, "", null, SeriesRhythm.NONE, "", null);
	}

	/**
	 * The form filled with a meeting as it is, for changing it.
	 */
	static MeetingForm of(MeetingView meeting) {
		return new MeetingForm(meeting.kind(), meeting.title(), meeting.startsAt().atZone(ZONE).toLocalDate(),
				meeting.startsAt().atZone(ZONE).toLocalTime(), meeting.endsAt().atZone(ZONE).toLocalTime(),
				orEmpty(meeting.place()), orEmpty(meeting.onlineLink()), orEmpty(meeting.agenda()), meeting.audience(),
				(meeting.capacity() != null) ? meeting.capacity().toString() : "", meeting.registrationDeadline(),
				SeriesRhythm.NONE, "", meeting.version());
	}

	/**
	 * The form for the follow-up of a meeting: the same but for the date (a quarter
	 * later) and the deadline.
	 */
	static MeetingForm followUpOf(MeetingView meeting, LocalDate today) {
		LocalDate date = meeting.startsAt().atZone(ZONE).toLocalDate().plusMonths(3);
		return new MeetingForm(meeting.kind(), meeting.title(), date.isBefore(today) ? today.plusDays(14) : date,
				meeting.startsAt().atZone(ZONE).toLocalTime(), meeting.endsAt().atZone(ZONE).toLocalTime(),
				orEmpty(meeting.place()), orEmpty(meeting.onlineLink()), orEmpty(meeting.agenda()), meeting.audience(),
				(meeting.capacity() != null) ? meeting.capacity().toString() : "", null, SeriesRhythm.NONE, "", null);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	SeriesRhythm rhythm() {
		return (repeat != null) ? repeat : SeriesRhythm.NONE;
	}

	int occurrenceCount() {
		return StringUtils.hasText(occurrences) ? Integer.parseInt(occurrences.trim()) : 0;
	}

	void validate(Errors errors, LocalDate today) {
		if (date != null && date.isBefore(today)) {
			errors.rejectValue("date", "meeting.form.date.past");
		}
		if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
			errors.rejectValue("endTime", "meeting.form.time.order");
		}
		if (!StringUtils.hasText(place) && !StringUtils.hasText(onlineLink)) {
			errors.rejectValue("place", "meeting.form.place.required");
		}
		if (registrationDeadline != null && date != null && registrationDeadline.isAfter(date)) {
			errors.rejectValue("registrationDeadline", "meeting.form.deadline.afterMeeting");
		}
		if (rhythm() != SeriesRhythm.NONE && !errors.hasFieldErrors("occurrences")
				&& (occurrenceCount() < 2 || occurrenceCount() > 12)) {
			errors.rejectValue("occurrences", "meeting.form.occurrences.invalid");
		}
	}

	MeetingData toData() {
		return new MeetingData(kind, title.strip(), date.atTime(startTime).atZone(ZONE).toInstant(),
				date.atTime(endTime).atZone(ZONE).toInstant(), blankToNull(place), blankToNull(onlineLink),
				blankToNull(agenda), audience, StringUtils.hasText(capacity) ? Integer.valueOf(capacity.trim()) : null,
				registrationDeadline);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
