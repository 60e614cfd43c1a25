package de.pflegeverbund.family.web;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.family.FamilyManagement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The counsellor's home page: "Meine Familien".
 */
@Controller
class CounsellorHomeController {

	private final FamilyManagement families;

	CounsellorHomeController(FamilyManagement families) {
		this.families = families;
	}

	@GetMapping("/fachberatung")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("families", families.familiesOfCounsellor(user));
		return "family/counsellor-home";
	}

}
