package de.pflegeverbund.account.web;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import java.util.List;
import java.util.Optional;

import de.pflegeverbund.shared.web.HomeCard;
import de.pflegeverbund.shared.web.HomeSection;
import de.pflegeverbund.shared.web.NotFoundException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The home page of each role. Later modules add their own sections to these pages.
 */
@Controller
class HomeController {

	private final ProviderManagement providers;

	private final AccountManagement accounts;

	private final List<HomeSection> sections;

	HomeController(ProviderManagement providers, AccountManagement accounts, List<HomeSection> sections) {
		this.providers = providers;
		this.accounts = accounts;
		this.sections = sections;
	}

	/**
	 * The cards other modules contribute to the home page of the signed-in user, urgent
	 * ones first.
	 */
	@ModelAttribute("homeCards")
	List<HomeCard> homeCards(Authentication authentication) {
		return sections.stream()
			.map(section -> section.card(authentication))
			.flatMap(Optional::stream)
			.sorted((a, b) -> Boolean.compare(b.urgent(), a.urgent()))
			.toList();
	}

	@GetMapping("/koordination")
	String coordinatorHome(Model model) {
		var all = providers.findAll();
		model.addAttribute("providerCount", all.size());
		model.addAttribute("activeProviderCount", all.stream().filter(ProviderSummary::active).count());
		return "account/home-coordinator";
	}

	@GetMapping("/leitung")
	String providerAdminHome(@AuthenticationPrincipal PortalUser user, Model model) {
		addProvider(user, model);
		var staff = accounts.staffOf(user.requireProviderId());
		model.addAttribute("activeStaffCount", staff.stream().filter(s -> s.active() && s.joined()).count());
		model.addAttribute("pendingInvitationCount", staff.stream().filter(s -> s.invitationPending()).count());
		return "account/home-provider-admin";
	}

	private void addProvider(PortalUser user, Model model) {
		model.addAttribute("provider", providers.find(user.requireProviderId()).orElseThrow(NotFoundException::new));
	}

}
