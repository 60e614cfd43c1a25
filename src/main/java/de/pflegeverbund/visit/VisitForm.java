package de.pflegeverbund.visit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

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
 * The contact form, made for a tablet right after a visit.
 *
 * @param participants the household members who took part (checkboxes)
 * @param otherParticipants further participants as free text
 * @param shareSummary whether the summary is shared with the family
 * @param submissionKey makes a repeated submission of the same form harmless
 */
record VisitForm(
		@NotNull(message = "{visit.form.occurredAt.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime occurredAt,
		@NotBlank(message = "{visit.form.duration.invalid}") @Pattern(regexp = "^\\s*([1-9][0-9]{0,2})\\s*$",
				message = "{visit.form.duration.invalid}") @Nullable String durationMinutes,
		@NotNull(message = "{visit.form.kind.required}") @Nullable VisitKind kind, @Nullable List<String> participants,
		@Size(max = MAX_PARTICIPANTS, message = "{validation.tooLong}") @Pattern(
				regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String otherParticipants,
		@NotNull(message = "{visit.form.childSpokenAlone.required}") @Nullable Boolean childSpokenAlone,
		@Size(max = 2000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String topics,
		@Size(max = 20000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String internalNotes,
		@Size(max = 20000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String agreements,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate nextPlannedOn,
		@Size(max = 20000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String familySummary,
		@Nullable Boolean shareSummary, @Nullable Boolean concern, @Nullable UUID submissionKey,
		@Nullable Long version) {

	/** The length of the contact's column of participants. */
	static final int MAX_PARTICIPANTS = 500;

	static VisitForm fresh(LocalDateTime now) {
		return new VisitForm(now.withSecond(0).withNano(0), "60", VisitKind.HOME_VISIT, List.of(), "", null, "", "", "",
				null, "", false, false, UUID.randomUUID(), null);
	}

	static VisitForm of(VisitData data, long version) {
		return new VisitForm(LocalDateTime.ofInstant(data.occurredAt(), VisitManagement.ZONE),
				String.valueOf(data.durationMinutes()), data.kind(), List.of(), data.participants(),
				data.childSpokenAlone(), data.topics(), data.internalNotes(), data.agreements(), data.nextPlannedOn(),
				data.familySummary(), data.familySummary() != null, data.concern(), null, version);
	}

	int duration() {
		return Integer.parseInt(durationMinutes.trim());
	}

	/**
	 * Checks what the annotations cannot: the ticked participants are text (a client may
	 * send any value for a checkbox), and all participants together fit the contact.
	 */
	void validate(Errors errors) {
		if (participants != null && participants.stream()
			.anyMatch(person -> person.length() > 120 || !person.matches(InputPatterns.SINGLE_LINE_TEXT))) {
			errors.rejectValue("participants", "inquiry.form.text.invalid");
		}
		else if (!errors.hasFieldErrors("otherParticipants") && people().length() > MAX_PARTICIPANTS) {
			errors.rejectValue("otherParticipants", "visit.form.participants.tooLong");
		}
	}

	/** Who took part, as the contact keeps it: the ticked ones, then the others. */
	private String people() {
		String people = String.join(", ", (participants != null) ? participants : List.of());
		if (StringUtils.hasText(otherParticipants)) {
			people = people.isEmpty() ? otherParticipants.trim() : people + ", " + otherParticipants.trim();
		}
		return people;
	}

	VisitData toData() {
		String people = people();
		boolean share = Boolean.TRUE.equals(shareSummary) && StringUtils.hasText(familySummary);
		return new VisitData(occurredAt.atZone(VisitManagement.ZONE).toInstant(), duration(), kind,
				people.isEmpty() ? null : people, Boolean.TRUE.equals(childSpokenAlone), blankToNull(topics),
				blankToNull(internalNotes), blankToNull(agreements), nextPlannedOn, share ? familySummary.trim() : null,
				Boolean.TRUE.equals(concern));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

}
