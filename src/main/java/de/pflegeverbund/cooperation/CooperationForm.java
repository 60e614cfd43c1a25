package de.pflegeverbund.cooperation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The public form with which a Träger asks to join the network.
 *
 * @param serviceAreas postal-code prefixes of the region, separated by commas or blanks
 * @param website a field people never see nor fill in (honeypot)
 */
record CooperationForm(
		@NotBlank(message = "{cooperation.form.organisation.required}") @Size(max = 200,
				message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
						message = "{inquiry.form.text.invalid}") @Nullable String organisation,
		@NotBlank(message = "{provider.form.seat.required}") @Size(max = 100,
				message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
						message = "{inquiry.form.text.invalid}") @Nullable String seat,
		@NotBlank(message = "{cooperation.form.serviceAreas.required}") @Size(max = 2000,
				message = "{validation.tooLong}") @Pattern(regexp = SERVICE_AREAS,
						message = "{provider.form.serviceAreas.invalid}") @Nullable String serviceAreas,
		@Size(max = 1000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String fieldOfWork,
		@NotBlank(message = "{cooperation.form.contactName.required}") @Size(max = 120,
				message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.NAME,
						message = "{inquiry.form.name.invalid}") @Nullable String contactName,
		@NotBlank(message = "{validation.email.required}") @Size(max = 254, message = "{validation.tooLong}") @Email(
				regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{validation.email.invalid}") @Nullable String contactEmail,
		@Pattern(regexp = "^[0-9 +()/\\-]{0,50}$",
				message = "{provider.form.contactPhone.invalid}") @Nullable String contactPhone,
		@Size(max = 4000, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.MULTI_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String message,
		@Nullable String website) {

	static final String SERVICE_AREAS = "^[\\s,;]*[0-9]{1,5}([\\s,;]+[0-9]{1,5})*[\\s,;]*$";

	static CooperationForm empty() {
		return new CooperationForm("", "", "", "", "", "", "", "", "");
	}

	boolean honeypotFilled() {
		return StringUtils.hasText(website);
	}

	CooperationData toData() {
		return new CooperationData(organisation.strip(), seat.strip(), prefixes(serviceAreas), blankToNull(fieldOfWork),
				contactName.strip(), contactEmail.strip().toLowerCase(Locale.ROOT), blankToNull(contactPhone),
				blankToNull(message));
	}

	static List<String> prefixes(@Nullable String serviceAreas) {
		if (!StringUtils.hasText(serviceAreas)) {
			return List.of();
		}
		return Arrays.stream(serviceAreas.split("[\\s,;]+")).filter(StringUtils::hasText).distinct().sorted().toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
