package de.pflegeverbund.provider;

import java.util.Arrays;
import java.util.List;

import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The Träger form as the coordinator fills it in.
 *
 * @param serviceAreas postal-code prefixes separated by commas, semicolons or blanks
 */
record ProviderForm(
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
		@Size(max = 2000, message = "{validation.tooLong}") @Pattern(
				regexp = "^[\\s,;]*([0-9]{1,5}([\\s,;]+[0-9]{1,5})*)?[\\s,;]*$",
				message = "{provider.form.serviceAreas.invalid}") @Nullable String serviceAreas,
		@Nullable Long version) {

	static ProviderForm empty() {
		return new ProviderForm("", "", "", "", "", null);
	}

	static ProviderForm of(ProviderSummary provider) {
		return new ProviderForm(provider.name(), provider.seat(), provider.contactEmail(), provider.contactPhone(),
				String.join(", ", provider.serviceAreas()), provider.version());
	}

	ProviderData toData() {
		return new ProviderData(trim(name), trim(seat), trim(contactEmail).toLowerCase(java.util.Locale.ROOT),
				StringUtils.hasText(contactPhone) ? contactPhone.trim() : null, prefixes());
	}

	private List<String> prefixes() {
		if (!StringUtils.hasText(serviceAreas)) {
			return List.of();
		}
		return Arrays.stream(serviceAreas.split("[\\s,;]+")).filter(StringUtils::hasText).distinct().sorted().toList();
	}

	private static String trim(@Nullable String value) {
		return (value != null) ? value.trim() : "";
	}

}
