package de.pflegeverbund.family.web;

import java.time.Clock;
import de.pflegeverbund.shared.web.Forms;
import java.time.LocalDate;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.assignment.AssignmentException;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.FamilyRuleException;
import de.pflegeverbund.family.web.DetailForms.AdditionalForm;
import de.pflegeverbund.family.web.DetailForms.PrimaryForm;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fachberatung of a family, from the family page: the Leitung reassigns the primary
 * counsellor, adds co-counsellors and substitutes, and ends their assignments.
 */
@Controller
@RequestMapping("/familien/{id}/fachberatung")
class AssignmentController {

	private final FamilyManagement families;

	private final FamilyController familyController;

	private final Clock clock;

	AssignmentController(FamilyManagement families, FamilyController familyController, Clock clock) {
		this.families = families;
		this.familyController = familyController;
		this.clock = clock;
	}

	@ModelAttribute
	void options(Model model) {
		familyController.options(model);
	}

	@PostMapping
	String assignPrimary(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("primaryForm") PrimaryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FamilyController.requireAdmin(user);
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				families.assignPrimary(user, id, form.counsellorId(), form.from());
				redirect.addFlashAttribute("success", "family.flash.primaryAssigned");
				return "redirect:/familien/" + id + "#fachberatung";
			}
			catch (AssignmentException ex) {
				result.rejectValue("counsellorId", ex.messageKey());
			}
			catch (FamilyRuleException ex) {
				result.rejectValue("counsellorId", ex.messageKey());
			}
		}
		return familyController.showDetails(user, id, model);
	}

	@PostMapping("/weitere")
	String assignAdditional(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("additionalForm") AdditionalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FamilyController.requireAdmin(user);
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				families.assignAdditional(user, id, form.counsellorId(), form.kind(), form.from(), form.until());
				redirect.addFlashAttribute("success", "family.flash.additionalAssigned");
				return "redirect:/familien/" + id + "#fachberatung";
			}
			catch (AssignmentException ex) {
				result.rejectValue("counsellorId", ex.messageKey());
			}
			catch (FamilyRuleException ex) {
				result.rejectValue("counsellorId", ex.messageKey());
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("kind", "family.assignment.kind.required");
			}
		}
		return familyController.showDetails(user, id, model);
	}

	@PostMapping("/{assignmentId}/beenden")
	String end(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable long assignmentId,
			RedirectAttributes redirect) {
		try {
			families.endAssignment(user, id, assignmentId, LocalDate.now(clock));
			redirect.addFlashAttribute("success", "family.flash.assignmentEnded");
		}
		catch (AssignmentException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/familien/" + id + "#fachberatung";
	}

}
