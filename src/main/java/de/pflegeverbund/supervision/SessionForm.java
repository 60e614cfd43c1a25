package de.pflegeverbund.supervision;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.OptionalLong;
import java.util.Set;

import de.pflegeverbund.family.FamilyPseudonym;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The form for a supervision session.
 *
 * @param families pseudonyms of the families discussed (PF-…), separated by commas or
 * blanks
 * @param namesChecked the user confirmed that the texts contain no names after the
 * warning
 */
record SessionForm(@NotNull(message = "{supervision.form.kind.required}") @Nullable SupervisionKind kind,
		@NotNull(message = "{validation.date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
		@NotNull(message = "{supervision.form.duration.invalid}") @Pattern(regexp = "\\s*[0-9]{1,3}\\s*",
				message = "{supervision.form.duration.invalid}") @Nullable String durationMinutes,
		@Size(max = 120, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String supervisorName,
		@Nullable Long supervisorAccountId, @Nullable Set<Long> participantIds,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String families,
		@Size(max = 4000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String topics,
		@Size(max = 4000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String agreements,
		@Nullable Boolean namesChecked) {

	static SessionForm empty(LocalDate today, long self) {
		return new SessionForm(SupervisionKind.INDIVIDUAL, today, "90", "", null, Set.of(self), "", "", "", null);
	}

	void validate(Errors errors, LocalDate today) {
		if (heldOn != null && heldOn.isAfter(today)) {
			errors.rejectValue("heldOn", "supervision.form.heldOn.future");
		}
		if (heldOn != null && heldOn.isBefore(today.minusYears(2))) {
			errors.rejectValue("heldOn", "supervision.form.heldOn.tooOld");
		}
		if (!errors.hasFieldErrors("durationMinutes") && durationMinutes != null) {
			int minutes = Integer.parseInt(durationMinutes.strip());
			if (minutes < 15 || minutes > 600) {
				errors.rejectValue("durationMinutes", "supervision.form.duration.invalid");
			}
		}
		if (participantIds == null || participantIds.isEmpty()) {
			errors.rejectValue("participantIds", "supervision.form.participants.required");
		}
		if (!errors.hasFieldErrors("families") && familyIds() == null) {
			errors.rejectValue("families", "supervision.form.families.invalid");
		}
	}

	/**
	 * The families behind the pseudonyms, {@code null} when one is malformed.
	 */
	@Nullable Set<Long> familyIds() {
		Set<Long> ids = new LinkedHashSet<>();
		if (!StringUtils.hasText(families)) {
			return ids;
		}
		for (String pseudonym : families.split("[\\s,;]+")) {
			if (pseudonym.isBlank()) {
				continue;
			}
			OptionalLong id = FamilyPseudonym.parse(pseudonym);
			if (id.isEmpty()) {
				return null;
			}
			ids.add(id.getAsLong());
		}
		return ids;
	}

	boolean namesConfirmed() {
		return Boolean.TRUE.equals(namesChecked);
	}

	SessionData toData() {
		return new SessionData(kind, heldOn, Integer.parseInt(durationMinutes.strip()), blankToNull(supervisorName),
				supervisorAccountId, new HashSet<>(participantIds), familyIds(), blankToNull(topics),
				blankToNull(agreements));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
