package de.pflegeverbund.inquiry;

import java.util.Set;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.Qualification;
import org.jspecify.annotations.Nullable;

/**
 * What prospective foster parents told us in the interest form, already validated.
 *
 * @param partner the second adult applying, if any
 * @param adults adults living in the household
 * @param children children living in the household
 * @param childrenAges their ages, e.g. "4, 9" (no names)
 * @param careTypes the kinds of care of interest; empty when still open
 */
public record InquiryData(Applicant applicant, @Nullable Applicant partner, @Nullable String email,
		@Nullable String phone, String postalCode, String city, int adults, int children, @Nullable String childrenAges,
		Set<CareType> careTypes, ChildAge preferredAge, Qualification qualification, @Nullable String experience,
		ContactTime contactTime, @Nullable String message) {

	/**
	 * One of the applying adults.
	 */
	public record Applicant(String firstName, String lastName, int birthYear) {

		public String fullName() {
			return firstName + " " + lastName;
		}

	}

}
