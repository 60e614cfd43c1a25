package de.pflegeverbund.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The family form: household, address, care offered, Pflegeerlaubnis and up to two
 * adults. Bound by the family pages and by every page that creates a family from data
 * gathered elsewhere (an inquiry), rendered by {@code family/form :: householdFields}.
 *
 * @param primaryCounsellorId only when creating a family
 * @param version only when editing
 */
public record FamilyForm(
		@NotBlank(message = "{family.form.name.required}") @Size(max = 120, message = "{validation.tooLong}") @Pattern(
				regexp = InputPatterns.SINGLE_LINE_TEXT, message = "{inquiry.form.text.invalid}") @Nullable String name,
		@Size(max = 200, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String street,
		@NotBlank(message = "{family.form.postalCode.invalid}") @Pattern(regexp = "^[0-9]{5}$",
				message = "{family.form.postalCode.invalid}") @Nullable String postalCode,
		@NotBlank(message = "{family.form.city.required}") @Size(max = 100, message = "{validation.tooLong}") @Pattern(
				regexp = InputPatterns.SINGLE_LINE_TEXT, message = "{inquiry.form.text.invalid}") @Nullable String city,
		@Pattern(regexp = "^[0-9 +()/\\-]{0,50}$",
				message = "{provider.form.contactPhone.invalid}") @Nullable String phone,
		@Email(regexp = "^$|.+@.+\\..+", message = "{validation.email.invalid}") @Size(max = 254,
				message = "{validation.tooLong}") @Nullable String email,
		@NotEmpty(message = "{family.rule.careTypeRequired}") @Nullable List<CareType> careTypes,
		@NotBlank(message = "{family.form.places.invalid}") @Pattern(regexp = "^\\s*([0-9]|1[0-2])\\s*$",
				message = "{family.form.places.invalid}") @Nullable String places,
		@Pattern(regexp = "^\\s*([0-9]|1[0-9]|20)?\\s*$",
				message = "{family.form.otherChildren.invalid}") @Nullable String otherChildrenCount,
		@Size(max = 100, message = "{validation.tooLong}") @Pattern(regexp = "^[0-9 ,;]*$",
				message = "{family.form.otherChildrenAges.invalid}") @Nullable String otherChildrenAges,
		@NotNull(message = "{family.form.carePermit.required}") @Nullable CarePermit carePermit,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate carePermitDate,
		@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String carePermitExemption,
		@NotBlank(message = "{family.form.adult.name.required}") @Size(max = 120,
				message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
						message = "{inquiry.form.text.invalid}") @Nullable String adult1Name,
		@NotBlank(message = "{family.form.adult.birthYear.invalid}") @Pattern(regexp = BIRTH_YEAR,
				message = "{family.form.adult.birthYear.invalid}") @Nullable String adult1BirthYear,
		@Nullable Qualification adult1Qualification,
		@Size(max = 120, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String adult1Occupation,
		@Size(max = 120, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String adult2Name,
		@Pattern(regexp = "^$|" + BIRTH_YEAR,
				message = "{family.form.adult.birthYear.invalid}") @Nullable String adult2BirthYear,
		@Nullable Qualification adult2Qualification,
		@Size(max = 120, message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
				message = "{inquiry.form.text.invalid}") @Nullable String adult2Occupation,
		@Nullable Long primaryCounsellorId, @Nullable Long version) {

	/** 1920 to 2010. */
	static final String BIRTH_YEAR = "^\\s*(19[2-9][0-9]|200[0-9]|2010)\\s*$";

	public static FamilyForm empty() {
		return new FamilyForm("", "", "", "", "", "", List.of(), "1", "0", "", CarePermit.PENDING, null, "", "", "",
				Qualification.NONE, "", "", "", Qualification.NONE, "", null, null);
	}

	public static FamilyForm of(HouseholdData data, long version) {
		HouseholdData.AdultData first = data.adults().get(0);
		HouseholdData.AdultData second = (data.adults().size() > 1) ? data.adults().get(1) : null;
		return new FamilyForm(data.name(), data.street(), data.postalCode(), data.city(), data.phone(), data.email(),
				new ArrayList<>(data.careTypes()), String.valueOf(data.places()),
				String.valueOf(data.otherChildrenCount()), data.otherChildrenAges(), data.carePermit(),
				data.carePermitDate(), data.carePermitExemption(), first.name(), String.valueOf(first.birthYear()),
				first.qualification(), first.occupation(), (second != null) ? second.name() : "",
				(second != null) ? String.valueOf(second.birthYear()) : "",
				(second != null) ? second.qualification() : Qualification.NONE,
				(second != null) ? second.occupation() : "", null, version);
	}

	/**
	 * A form for a new family, filled with what is already known.
	 * @param adults name, birth year (may be blank) and qualification of one or two
	 * adults
	 */
	public static FamilyForm prefilled(String name, String postalCode, String city, @Nullable String phone,
			@Nullable String email, List<CareType> careTypes, int otherChildrenCount,
			@Nullable String otherChildrenAges, List<HouseholdData.AdultData> adults,
			@Nullable Long primaryCounsellorId) {
		HouseholdData.AdultData first = adults.get(0);
		HouseholdData.AdultData second = (adults.size() > 1) ? adults.get(1) : null;
		return new FamilyForm(name, "", postalCode, city, phone, email, new ArrayList<>(careTypes), "1",
				String.valueOf(otherChildrenCount), otherChildrenAges, CarePermit.PENDING, null, "", first.name(),
				yearOrBlank(first.birthYear()), first.qualification(), first.occupation(),
				(second != null) ? second.name() : "", (second != null) ? yearOrBlank(second.birthYear()) : "",
				(second != null) ? second.qualification() : Qualification.NONE,
				(second != null) ? second.occupation() : "", primaryCounsellorId, null);
	}

	private static String yearOrBlank(int year) {
		return (year > 0) ? String.valueOf(year) : "";
	}

	/**
	 * Checks what the annotations cannot: a second adult, once begun, needs a name and a
	 * birth year.
	 */
	public void validateAdults(Errors errors) {
		if (hasSecondAdult()) {
			if (!StringUtils.hasText(adult2Name)) {
				errors.rejectValue("adult2Name", "family.form.adult.name.required");
			}
			if (!StringUtils.hasText(adult2BirthYear) && !errors.hasFieldErrors("adult2BirthYear")) {
				errors.rejectValue("adult2BirthYear", "family.form.adult.birthYear.invalid");
			}
		}
	}

	/**
	 * Whether the second adult has been filled in at all.
	 */
	public boolean hasSecondAdult() {
		return StringUtils.hasText(adult2Name) || StringUtils.hasText(adult2BirthYear)
				|| StringUtils.hasText(adult2Occupation);
	}

	public HouseholdData toData() {
		List<HouseholdData.AdultData> adults = new ArrayList<>();
		adults.add(new HouseholdData.AdultData(trim(adult1Name), number(adult1BirthYear),
				(adult1Qualification != null) ? adult1Qualification : Qualification.NONE,
				blankToNull(adult1Occupation)));
		if (hasSecondAdult()) {
			adults.add(new HouseholdData.AdultData(trim(adult2Name), number(adult2BirthYear),
					(adult2Qualification != null) ? adult2Qualification : Qualification.NONE,
					blankToNull(adult2Occupation)));
		}
		EnumSet<CareType> types = EnumSet.noneOf(CareType.class);
		if (careTypes != null) {
			types.addAll(careTypes);
		}
		return new HouseholdData(trim(name), blankToNull(street), trim(postalCode), trim(city), blankToNull(phone),
				(blankToNull(email) != null) ? trim(email).toLowerCase(Locale.ROOT) : null, types, number(places),
				number(otherChildrenCount), blankToNull(otherChildrenAges),
				(carePermit != null) ? carePermit : CarePermit.PENDING, carePermitDate,
				blankToNull(carePermitExemption), adults);
	}

	private static int number(@Nullable String value) {
		return StringUtils.hasText(value) ? Integer.parseInt(value.trim()) : 0;
	}

	private static String trim(@Nullable String value) {
		return (value != null) ? value.trim() : "";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

}
