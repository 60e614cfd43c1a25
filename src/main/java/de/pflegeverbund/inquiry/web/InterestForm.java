package de.pflegeverbund.inquiry.web;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.inquiry.ChildAge;
import de.pflegeverbund.inquiry.ContactTime;
import de.pflegeverbund.inquiry.InquiryData;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The public interest form. Every value is bound as text, so that whatever arrives gets a
 * message next to its field instead of an error page.
 *
 * @param website a field people never see nor fill in (honeypot)
 * @param token the signed moment the form was shown, see {@link FormTokens}
 * @param submissionKey identifies this filling-in of the form; sent twice, it stores one
 * inquiry
 */
record InterestForm(
		@NotBlank(message = "{inquiry.form.firstName.required}") @Size(max = 60,
				message = "{validation.tooLong}") @Pattern(regexp = NAME,
						message = "{inquiry.form.name.invalid}") @Nullable String firstName,
		@NotBlank(message = "{inquiry.form.lastName.required}") @Size(max = 60,
				message = "{validation.tooLong}") @Pattern(regexp = NAME,
						message = "{inquiry.form.name.invalid}") @Nullable String lastName,
		@NotBlank(message = "{inquiry.form.birthYear.invalid}") @Pattern(regexp = YEAR,
				message = "{inquiry.form.birthYear.invalid}") @Nullable String birthYear,
		@Size(max = 60, message = "{validation.tooLong}") @Pattern(regexp = OPTIONAL_NAME,
				message = "{inquiry.form.name.invalid}") @Nullable String partnerFirstName,
		@Size(max = 60, message = "{validation.tooLong}") @Pattern(regexp = OPTIONAL_NAME,
				message = "{inquiry.form.name.invalid}") @Nullable String partnerLastName,
		@Pattern(regexp = "^$|" + YEAR, message = "{inquiry.form.birthYear.invalid}") @Nullable String partnerBirthYear,
		@Size(max = 254, message = "{validation.tooLong}") @Email(regexp = "^$|[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{validation.email.invalid}") @Nullable String email,
		@Size(max = 30, message = "{validation.tooLong}") @Pattern(regexp = "^$|\\+?[0-9 ()/-]{5,30}",
				message = "{inquiry.form.phone.invalid}") @Nullable String phone,
		@NotBlank(message = "{inquiry.form.postalCode.invalid}") @Pattern(regexp = "^\\s*[0-9]{5}\\s*$",
				message = "{inquiry.form.postalCode.invalid}") @Nullable String postalCode,
		@NotBlank(message = "{inquiry.form.city.required}") @Size(max = 100, message = "{validation.tooLong}") @Pattern(
				regexp = CITY, message = "{inquiry.form.city.invalid}") @Nullable String city,
		@NotBlank(message = "{inquiry.form.adults.invalid}") @Pattern(regexp = "^\\s*([1-9]|10)\\s*$",
				message = "{inquiry.form.adults.invalid}") @Nullable String adults,
		@Pattern(regexp = "^\\s*([0-9]|1[0-9]|20)?\\s*$",
				message = "{inquiry.form.children.invalid}") @Nullable String children,
		@Size(max = 100, message = "{validation.tooLong}") @Pattern(regexp = "^[0-9 ,;]*$",
				message = "{inquiry.form.childrenAges.invalid}") @Nullable String childrenAges,
		@Nullable List<String> careTypes, @Nullable String preferredAge, @Nullable String qualification,
		@Size(max = 2000, message = "{validation.tooLong}") @Pattern(
				regexp = TEXT, message = "{inquiry.form.text.invalid}") @Nullable String experience,
		@Nullable String contactTime,
		@Size(max = 4000, message = "{validation.tooLong}") @Pattern(regexp = TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String message,
		@Nullable Boolean consent, @Nullable String website, @Nullable String token, @Nullable String submissionKey) {

	static final String NAME = InputPatterns.NAME;

	static final String OPTIONAL_NAME = "^$|" + NAME;

	static final String CITY = "\\s*[\\p{L}\\p{M}0-9][\\p{L}\\p{M}0-9 .,'’()/-]*+";

	static final String YEAR = "\\s*[0-9]{4}\\s*";

	static final String TEXT = InputPatterns.MULTI_LINE_TEXT;

	static InterestForm empty(String submissionKey, String token) {
		return new InterestForm("", "", "", "", "", "", "", "", "", "", "1", "0", "", List.of(), ChildAge.ANY.name(),
				Qualification.NONE.name(), "", ContactTime.ANY.name(), "", false, "", token, submissionKey);
	}

	boolean honeypotFilled() {
		return StringUtils.hasText(website);
	}

	/**
	 * Checks what the annotations cannot.
	 * @param currentYear applicants must be of age and not older than 100
	 */
	void validate(Errors errors, int currentYear) {
		checkYear(errors, "birthYear", birthYear, currentYear);
		boolean partnerBegun = StringUtils.hasText(partnerFirstName) || StringUtils.hasText(partnerLastName)
				|| StringUtils.hasText(partnerBirthYear);
		if (partnerBegun) {
			requireText(errors, "partnerFirstName", partnerFirstName, "inquiry.form.firstName.required");
			requireText(errors, "partnerLastName", partnerLastName, "inquiry.form.lastName.required");
			requireText(errors, "partnerBirthYear", partnerBirthYear, "inquiry.form.birthYear.invalid");
			checkYear(errors, "partnerBirthYear", partnerBirthYear, currentYear);
		}
		if (!StringUtils.hasText(email) && !StringUtils.hasText(phone) && !errors.hasFieldErrors("email")) {
			errors.rejectValue("email", "inquiry.form.contact.required");
		}
		if (careTypes != null) {
			for (String type : careTypes) {
				if (parse(CareType.class, type) == null) {
					errors.rejectValue("careTypes", "inquiry.form.choice.invalid");
					break;
				}
			}
		}
		if (parse(ChildAge.class, preferredAge) == null) {
			errors.rejectValue("preferredAge", "inquiry.form.choice.invalid");
		}
		if (parse(Qualification.class, qualification) == null) {
			errors.rejectValue("qualification", "inquiry.form.choice.invalid");
		}
		if (parse(ContactTime.class, contactTime) == null) {
			errors.rejectValue("contactTime", "inquiry.form.choice.invalid");
		}
		if (!Boolean.TRUE.equals(consent)) {
			errors.rejectValue("consent", "inquiry.form.consent.required");
		}
	}

	private static void requireText(Errors errors, String field, @Nullable String value, String code) {
		if (!StringUtils.hasText(value) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	private static void checkYear(Errors errors, String field, @Nullable String value, int currentYear) {
		if (errors.hasFieldErrors(field) || !StringUtils.hasText(value)) {
			return;
		}
		int year = Integer.parseInt(value.trim());
		if (year > currentYear - 18 || year < currentYear - 100) {
			errors.rejectValue(field, "inquiry.form.birthYear.range");
		}
	}

	/**
	 * The validated form as data; call only without errors.
	 */
	InquiryData toData() {
		InquiryData.Applicant partner = StringUtils.hasText(partnerFirstName) ? new InquiryData.Applicant(
				clean(partnerFirstName), clean(partnerLastName), Integer.parseInt(partnerBirthYear.trim())) : null;
		Set<CareType> types = EnumSet.noneOf(CareType.class);
		if (careTypes != null) {
			careTypes.forEach(type -> types.add(parse(CareType.class, type)));
		}
		return new InquiryData(
				new InquiryData.Applicant(clean(firstName), clean(lastName), Integer.parseInt(birthYear.trim())),
				partner, StringUtils.hasText(email) ? email.trim().toLowerCase(Locale.ROOT) : null, optional(phone),
				postalCode.trim(), clean(city), Integer.parseInt(adults.trim()),
				StringUtils.hasText(children) ? Integer.parseInt(children.trim()) : 0, optional(childrenAges), types,
				parse(ChildAge.class, preferredAge), parse(Qualification.class, qualification), optional(experience),
				parse(ContactTime.class, contactTime), optional(message));
	}

	private static String clean(@Nullable String value) {
		return (value != null) ? Normalizer.normalize(value.trim().replaceAll("\\s+", " "), Normalizer.Form.NFC) : "";
	}

	private static @Nullable String optional(@Nullable String value) {
		return StringUtils.hasText(value) ? Normalizer.normalize(value.strip(), Normalizer.Form.NFC) : null;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

}
