package de.pflegeverbund.family.web;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.shared.web.NotFoundException;

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

	private final ProviderManagement providers;

	CounsellorHomeController(FamilyManagement families, ProviderManagement providers) {
		this.families = families;
		this.providers = providers;
	}

	@GetMapping("/fachberatung")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("families", families.familiesOfCounsellor(user));
		model.addAttribute("provider", providers.find(user.requireProviderId()).orElseThrow(NotFoundException::new));
		return "family/counsellor-home";
	}

}
