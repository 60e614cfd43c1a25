package de.pflegeverbund.familyportal;

import java.time.LocalDate;

import de.pflegeverbund.familyportal.Portal.CorrectionTopic;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The family portal's forms.
 */
final class Forms {

	private Forms() {
	}

	record CorrectionForm(@NotNull(message = "{portal.correction.topic.required}") @Nullable CorrectionTopic topic,
			@NotBlank(message = "{portal.correction.text.required}") @Size(max = 2000,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
							message = "{inquiry.form.text.invalid}") @Nullable String text) {

		static CorrectionForm empty() {
			return new CorrectionForm(null, "");
		}

	}

	/**
	 * @param addressee {@code TRAEGER} (the Leitung of the own Träger) or {@code LJA}
	 */
	record ConcernForm(
			@NotBlank(message = "{portal.concern.addressee.required}") @Pattern(regexp = "TRAEGER|LJA",
					message = "{portal.concern.addressee.required}") @Nullable String addressee,
			@NotBlank(message = "{portal.concern.text.required}") @Size(max = 4000,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
							message = "{inquiry.form.text.invalid}") @Nullable String text) {

		static ConcernForm empty() {
			return new ConcernForm("TRAEGER", "");
		}

	}

	/**
	 * @param addressee {@code LJA} or the id of a Träger
	 * @param website a field people never see nor fill in (honeypot)
	 */
	record PublicConcernForm(
			@NotBlank(message = "{portal.concern.addressee.required}") @Pattern(regexp = "LJA|[0-9]{1,12}",
					message = "{portal.concern.addressee.required}") @Nullable String addressee,
			@NotBlank(message = "{portal.concern.text.required}") @Size(max = 4000,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
							message = "{inquiry.form.text.invalid}") @Nullable String text,
			@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
					message = "{inquiry.form.text.invalid}") @Nullable String contact,
			@Nullable String website) {

		static PublicConcernForm empty() {
			return new PublicConcernForm("LJA", "", "", "");
		}

		@Nullable Long providerId() {
			return "LJA".equals(addressee) ? null : Long.valueOf(addressee);
		}

	}

	record InviteForm(
			@NotBlank(message = "{portal.invite.name.required}") @Size(max = 120,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.NAME,
							message = "{inquiry.form.name.invalid}") @Nullable String name,
			@NotBlank(message = "{validation.email.required}") @Size(max = 254,
					message = "{validation.tooLong}") @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
							message = "{validation.email.invalid}") @Nullable String email) {

		static InviteForm empty() {
			return new InviteForm("", "");
		}

	}

	record ProtectionForm(
			@NotBlank(message = "{portal.protection.version.required}") @Size(max = 50,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
							message = "{inquiry.form.text.invalid}") @Nullable String conceptVersion,
			@NotNull(message = "{validation.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate appliedOn,
			@NotBlank(message = "{portal.protection.participants.required}") @Size(max = 500,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
							message = "{inquiry.form.text.invalid}") @Nullable String participants,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate childInformedOn) {

		static ProtectionForm empty() {
			return new ProtectionForm("", null, "", null);
		}

		void validate(Errors errors, LocalDate today) {
			if (appliedOn != null && appliedOn.isAfter(today)) {
				errors.rejectValue("appliedOn", "portal.protection.future");
			}
			if (childInformedOn != null && childInformedOn.isAfter(today)) {
				errors.rejectValue("childInformedOn", "portal.protection.future");
			}
		}

	}

}
