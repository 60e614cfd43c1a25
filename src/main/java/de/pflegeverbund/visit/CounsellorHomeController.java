package de.pflegeverbund.visit;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The counsellor's home page "Meine Familien": their families by due date, overdue first.
 */
@Controller
class CounsellorHomeController {

	private final VisitManagement visits;

	private final ProviderManagement providers;

	CounsellorHomeController(VisitManagement visits, ProviderManagement providers) {
		this.visits = visits;
		this.providers = providers;
	}

	@GetMapping("/fachberatung")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("families", visits.dueList(user));
		model.addAttribute("providerName",
				providers.nameOf(user.requireProviderId()).orElseThrow(NotFoundException::new));
		return "visit/home";
	}

}
