package de.pflegeverbund.assignment;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.Stamp;
import de.pflegeverbund.shared.web.StaleFormException;
import org.jspecify.annotations.Nullable;

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
		int target = providers.find(providerId)
			.map(ProviderSummary::caseloadTarget)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("rows", assignments.caseload(providerId));
		model.addAttribute("target", target);
		if (!model.containsAttribute("chosenTarget")) {
			model.addAttribute("chosenTarget", target);
		}
		model.addAttribute(Stamp.FIELD, Stamp.of(target));
		model.addAttribute("targets", ProviderSummary.CASELOAD_TARGETS);
		return "assignment/caseload";
	}

	@PostMapping("/ziel")
	String changeTarget(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer target,
			@RequestParam(name = Stamp.FIELD, required = false) @Nullable String stamp, RedirectAttributes redirect) {
		if (target == null || !ProviderSummary.CASELOAD_TARGETS.contains(target)) {
			redirect.addFlashAttribute("failure", "assignment.caseload.invalidTarget");
			return "redirect:/leitung/fallzahlen";
		}
		try {
			providers.changeCaseloadTarget(user.requireProviderId(), target, stamp);
			redirect.addFlashAttribute("success", "assignment.caseload.targetSaved");
		}
		catch (StaleFormException ex) {
			// somebody saved another target meanwhile: the page shows it, with this
			// choice
			// still marked for a save that replaces it knowingly
			redirect.addFlashAttribute("failure", "assignment.caseload.conflict");
			redirect.addFlashAttribute("chosenTarget", target);
		}
		return "redirect:/leitung/fallzahlen";
	}

}
