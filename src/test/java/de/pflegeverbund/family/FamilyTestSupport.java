package de.pflegeverbund.family;

import java.util.List;
import java.util.Set;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Helpers to create families of Träger 1 directly through the API.
 */
abstract class FamilyTestSupport extends PortalIntegrationTest {

	@Autowired
	FamilyManagement families;

	PortalUser user(String email) {
		return (PortalUser) userDetailsService.loadUserByUsername(email);
	}

	long accountId(String email) {
		return jdbc.queryForObject("select id from user_account where lower(email) = lower(?)", Long.class, email);
	}

	static HouseholdData household(String name, int places, CareType... careTypes) {
		return new HouseholdData(name, "Lindenweg 3", "48143", "Münster", null, null, Set.of(careTypes), places, 1, "7",
				CarePermit.PENDING, null, null,
				List.of(new HouseholdData.AdultData("Anna " + name, 1980, Qualification.PEDAGOGICAL, "Erzieherin")));
	}

	/**
	 * A new family of Träger 1 whose primary counsellor is the given account.
	 */
	long familyOf(String counsellorEmail, String name) {
		return families.create(user(ADMIN_1), household(name, 2, CareType.LONG_TERM), accountId(counsellorEmail));
	}

	UserDetailsService users() {
		return userDetailsService;
	}

}
