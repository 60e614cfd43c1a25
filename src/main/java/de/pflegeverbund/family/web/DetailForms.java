package de.pflegeverbund.family.web;

import java.time.LocalDate;

import de.pflegeverbund.assignment.AssignmentKind;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.PlacementEndReason;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the family page and of the pages it links to.
 */
final class DetailForms {

	private DetailForms() {
	}

	record StatusForm(@NotNull(message = "{family.status.required}") @Nullable FamilyStatus status,
			@NotNull(message = "{validation.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate statusOn,
			@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
					message = "{inquiry.form.text.invalid}") @Nullable String note) {
	}

	record CertificateForm(
			@NotNull(message = "{validation.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate inspectedOn,
			@NotNull(message = "{validation.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate certificateDate,
			@NotNull(message = "{family.certificate.relevantEntry.required}") @Nullable Boolean relevantEntry) {
	}

	record PlacementForm(
			@NotBlank(message = "{family.placement.alias.required}") @Size(max = 40,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
							message = "{inquiry.form.text.invalid}") @Nullable String childAlias,
			@NotBlank(message = "{family.placement.birthYear.invalid}") @Pattern(
					regexp = "^\\s*(199[0-9]|20[0-9][0-9])\\s*$",
					message = "{family.placement.birthYear.invalid}") @Nullable String birthYear,
			@NotNull(message = "{family.placement.careType.required}") @Nullable CareType careType,
			@NotBlank(message = "{family.placement.office.required}") @Size(max = 200,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
							message = "{inquiry.form.text.invalid}") @Nullable String placingOffice,
			@NotNull(message = "{validation.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startedOn) {
	}

	record EndPlacementForm(
			@NotNull(message = "{validation.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endedOn,
			@NotNull(message = "{family.placement.endReason.required}") @Nullable PlacementEndReason endReason) {
	}

	record PrimaryForm(@NotNull(message = "{family.assignment.counsellor.required}") @Nullable Long counsellorId,
			@NotNull(message = "{validation.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from) {
	}

	record AdditionalForm(@NotNull(message = "{family.assignment.counsellor.required}") @Nullable Long counsellorId,
			@NotNull(message = "{family.assignment.kind.required}") @Nullable AssignmentKind kind,
			@NotNull(message = "{validation.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until) {
	}

}
