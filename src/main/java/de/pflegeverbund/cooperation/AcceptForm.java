package de.pflegeverbund.cooperation;

import java.util.Locale;

import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * What the coordinator confirms when accepting a request: the Träger's master data as
 * they will be stored, and who is invited as its Leitung.
 */
record AcceptForm(
		@NotBlank(message = "{provider.form.name.required}") @Size(max = 200,
				message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
						message = "{inquiry.form.text.invalid}") @Nullable String name,
		@NotBlank(message = "{provider.form.seat.required}") @Size(max = 100,
				message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
						message = "{inquiry.form.text.invalid}") @Nullable String seat,
		@NotBlank(message = "{validation.email.required}") @Email(regexp = ".+@.+\\..+",
				message = "{validation.email.invalid}") @Size(max = 254,
						message = "{validation.tooLong}") @Nullable String contactEmail,
		@Pattern(regexp = "^[0-9 +()/\\-]{0,50}$",
				message = "{provider.form.contactPhone.invalid}") @Nullable String contactPhone,
		@Size(max = 2000, message = "{validation.tooLong}") @Pattern(regexp = "^\\s*$|" + CooperationForm.SERVICE_AREAS,
				message = "{provider.form.serviceAreas.invalid}") @Nullable String serviceAreas,
		@NotBlank(message = "{cooperation.form.contactName.required}") @Size(max = 120,
				message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.NAME,
						message = "{inquiry.form.name.invalid}") @Nullable String leadName,
		@NotBlank(message = "{validation.email.required}") @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{validation.email.invalid}") @Size(max = 254,
						message = "{validation.tooLong}") @Nullable String leadEmail) {

	static AcceptForm of(CooperationView request) {
		return new AcceptForm(request.organisation(), request.seat(), request.contactEmail(),
				(request.contactPhone() != null) ? request.contactPhone() : "",
				String.join(", ", request.serviceAreas()), request.contactName(), request.contactEmail());
	}

	ProviderData toProvider() {
		return new ProviderData(name.strip(), seat.strip(), contactEmail.strip().toLowerCase(Locale.ROOT),
				StringUtils.hasText(contactPhone) ? contactPhone.strip() : null,
				CooperationForm.prefixes(serviceAreas));
	}

	String normalizedLeadEmail() {
		return leadEmail.strip().toLowerCase(Locale.ROOT);
	}

}
