package de.pflegeverbund.account.web;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.domain.SecondFactors;
import de.pflegeverbund.shared.web.StaleFormException;
import de.pflegeverbund.shared.web.Stamp;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Leitung (for the staff of its Träger) and the coordinators (for one another)
 * require the second factor and reset it for somebody who lost phone and recovery codes.
 */
@Controller
class SecondFactorTeamController {

	private static final String VIEW = "account/second-factor-team";

	private final SecondFactors secondFactors;

	SecondFactorTeamController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@GetMapping({ "/verwaltung/sicherheit", "/koordination/sicherheit" })
	String show(@AuthenticationPrincipal PortalUser user, Model model) {
		boolean required = secondFactors.isRequiredForTeam(user);
		model.addAttribute("team", secondFactors.statusOfTeam(user));
		if (!model.containsAttribute("required")) {
			model.addAttribute("required", required);
		}
		model.addAttribute(Stamp.FIELD, Stamp.of(required));
		model.addAttribute("basePath", basePath(user));
		return VIEW;
	}

	@PostMapping({ "/verwaltung/sicherheit", "/koordination/sicherheit" })
	String require(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "false") boolean required,
			@RequestParam(name = Stamp.FIELD, required = false) @Nullable String stamp, RedirectAttributes redirect) {
		try {
			secondFactors.requireForTeam(user, required, stamp);
			redirect.addFlashAttribute("success",
					required ? "secondFactor.team.requiredNow" : "secondFactor.team.optionalNow");
		}
		catch (StaleFormException ex) {
			// somebody changed it the other way meanwhile: said so, this choice still
			// ticked (or not) for a save that replaces it knowingly
			redirect.addFlashAttribute("failure",
					required ? "secondFactor.team.conflictOptional" : "secondFactor.team.conflictRequired");
			redirect.addFlashAttribute("required", required);
		}
		return "redirect:" + basePath(user);
	}

	@PostMapping({ "/verwaltung/sicherheit/{id}/zuruecksetzen", "/koordination/sicherheit/{id}/zuruecksetzen" })
	String reset(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		secondFactors.reset(user, id);
		redirect.addFlashAttribute("success", "secondFactor.team.reset");
		return "redirect:" + basePath(user);
	}

	private static String basePath(PortalUser user) {
		return (user.role() == de.pflegeverbund.account.Role.COORDINATOR) ? "/koordination/sicherheit"
				: "/verwaltung/sicherheit";
	}

}
