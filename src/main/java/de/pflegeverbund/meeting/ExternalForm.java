package de.pflegeverbund.meeting;

import java.util.Locale;

import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The registration form for external professionals (seed 001: first name, name, e-mail,
 * institution, seat of the institution, position).
 *
 * @param website a field people never see nor fill in (honeypot)
 */
record ExternalForm(
		@NotBlank(message = "{inquiry.form.firstName.required}") @Size(max = 60,
				message = "{validation.tooLong}") @Pattern(regexp = NAME,
						message = "{inquiry.form.name.invalid}") @Nullable String firstName,
		@NotBlank(message = "{inquiry.form.lastName.required}") @Size(max = 60,
				message = "{validation.tooLong}") @Pattern(regexp = NAME,
						message = "{inquiry.form.name.invalid}") @Nullable String lastName,
		@NotBlank(message = "{validation.email.required}") @Size(max = 254, message = "{validation.tooLong}") @Email(
				regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{validation.email.invalid}") @Nullable String email,
		@NotBlank(message = "{meeting.external.institution.required}") @Size(max = 200,
				message = "{validation.tooLong}") @Pattern(regexp = TEXT,
						message = "{inquiry.form.text.invalid}") @Nullable String institution,
		@Size(max = 100, message = "{validation.tooLong}") @Pattern(regexp = TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String institutionSeat,
		@Size(max = 100, message = "{validation.tooLong}") @Pattern(regexp = TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String position,
		@Nullable String website) {

	static final String NAME = InputPatterns.NAME;

	static final String TEXT = InputPatterns.SINGLE_LINE_TEXT;

	static ExternalForm empty() {
		return new ExternalForm("", "", "", "", "", "", "");
	}

	boolean honeypotFilled() {
		return StringUtils.hasText(website);
	}

	ExternalRegistration toData() {
		return new ExternalRegistration(firstName.strip(), lastName.strip(), email.strip().toLowerCase(Locale.ROOT),
				institution.strip(), StringUtils.hasText(institutionSeat) ? institutionSeat.strip() : null,
				StringUtils.hasText(position) ? position.strip() : null);
	}

}
