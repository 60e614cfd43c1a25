package de.pflegeverbund.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs this installation of the portal ({@code portal.site.*}), as shown in the
 * imprint (Impressum, § 5 DDG) and the privacy notice (Art. 13 GDPR). Every installation
 * sets its own.
 *
 * @param operatorName the body that operates the portal, e.g. the Landesjugendamt
 * @param operatorAddress postal address, one entry per line
 * @param representative who represents the operator
 * @param contentResponsible who is responsible for the content
 * @param privacyOfficer how to reach the data protection officer
 * @param supervisoryAuthority the data protection authority one may complain to
 * @param registerEntry register and number, if any
 * @param vatId VAT identification number, if any
 */
@ConfigurationProperties("portal.site")
public record SiteProperties(String operatorName, List<String> operatorAddress, String email, @Nullable String phone,
		String representative, String contentResponsible, String privacyOfficer, String supervisoryAuthority,
		@Nullable String registerEntry, @Nullable String vatId) {

	public SiteProperties {
		operatorAddress = List.copyOf(operatorAddress);
		phone = blankToNull(phone);
		registerEntry = blankToNull(registerEntry);
		vatId = blankToNull(vatId);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
