package de.pflegeverbund.account.web;

import de.pflegeverbund.account.Role;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Inviting a person by e-mail.
 */
record InvitationForm(
		@NotBlank(message = "{validation.name.required}") @Size(max = 120, message = "{validation.tooLong}") @Pattern(
				regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String displayName,
		@NotBlank(message = "{validation.email.required}") @Email(regexp = ".+@.+\\..+",
				message = "{validation.email.invalid}") @Size(max = 254,
						message = "{validation.tooLong}") @Nullable String email,
		@NotNull(message = "{account.invite.role.required}") @Nullable Role role) {

	static InvitationForm empty(Role role) {
		return new InvitationForm("", "", role);
	}

}
