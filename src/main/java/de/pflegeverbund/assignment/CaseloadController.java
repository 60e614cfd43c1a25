package de.pflegeverbund.assignment;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caseload page of the Leitung: families per counsellor against the Träger's target
 * ratio.
 */
@Controller
@RequestMapping("/leitung/fallzahlen")
class CaseloadController {

	private final AssignmentManagement assignments;

	private final ProviderManagement providers;

	CaseloadController(AssignmentManagement assignments, ProviderManagement providers) {
		this.assignments = assignments;
		this.providers = providers;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, Model model) {
		long providerId = user.requireProviderId();
		model.addAttribute("rows", assignments.caseload(providerId));
		model.addAttribute("target",
				providers.find(providerId).map(ProviderSummary::caseloadTarget).orElseThrow(NotFoundException::new));
		model.addAttribute("targets", ProviderSummary.CASELOAD_TARGETS);
		return "assignment/caseload";
	}

	@PostMapping("/ziel")
	String changeTarget(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer target,
			RedirectAttributes redirect) {
		if (target == null || !ProviderSummary.CASELOAD_TARGETS.contains(target)) {
			redirect.addFlashAttribute("failure", "assignment.caseload.invalidTarget");
		}
		else {
			providers.changeCaseloadTarget(user.requireProviderId(), target);
			redirect.addFlashAttribute("success", "assignment.caseload.targetSaved");
		}
		return "redirect:/leitung/fallzahlen";
	}

}
