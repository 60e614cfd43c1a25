package de.pflegeverbund.inquiry.web;

import java.util.Arrays;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.assignment.AssignmentException;
import de.pflegeverbund.family.CarePermit;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyForm;
import de.pflegeverbund.family.FamilyRuleException;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.inquiry.InquiryException;
import de.pflegeverbund.inquiry.InquiryManagement;
import de.pflegeverbund.inquiry.domain.InquiryDetails;
import de.pflegeverbund.shared.web.Forms;
import de.pflegeverbund.shared.web.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns a suitable inquiry into a Pflegefamilie: the family form comes filled with what
 * the inquiry says; the Leitung checks, completes and saves it once.
 */
@Controller
@RequestMapping("/anfragen/{id}/pflegefamilie")
class ConversionController {

	private static final String VIEW = "inquiry/convert";

	private final InquiryManagement inquiries;

	private final AccountManagement accounts;

	ConversionController(InquiryManagement inquiries, AccountManagement accounts) {
		this.inquiries = inquiries;
		this.accounts = accounts;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("careTypeOptions", Arrays.asList(CareType.values()));
		model.addAttribute("qualificationOptions", Arrays.asList(Qualification.values()));
		model.addAttribute("carePermitOptions", Arrays.asList(CarePermit.values()));
	}

	@GetMapping
	String initForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		InquiryDetails inquiry = convertible(user, id);
		if (inquiry.converted()) {
			redirect.addFlashAttribute("failure", "inquiry.convert.alreadyConverted");
			return "redirect:/anfragen/" + id;
		}
		if (!inquiry.convertible()) {
			redirect.addFlashAttribute("failure", "inquiry.convert.notSuitable");
			return "redirect:/anfragen/" + id;
		}
		model.addAttribute("form", inquiries.familyDraft(user, id));
		return show(user, inquiry, model);
	}

	@PostMapping
	String processForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") FamilyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		InquiryDetails inquiry = convertible(user, id);
		form.validateAdults(result);
		if (form.primaryCounsellorId() == null) {
			result.rejectValue("primaryCounsellorId", "family.assignment.counsellor.required");
		}
		if (result.hasErrors()) {
			return show(user, inquiry, model);
		}
		try {
			long familyId = inquiries.convert(user, id, form.toData(), form.primaryCounsellorId());
			redirect.addFlashAttribute("success", "inquiry.flash.converted");
			return "redirect:/familien/" + familyId;
		}
		catch (FamilyRuleException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		catch (AssignmentException ex) {
			result.rejectValue("primaryCounsellorId", ex.messageKey());
		}
		catch (InquiryException ex) {
			result.reject(ex.messageKey());
		}
		return show(user, inquiry, model);
	}

	private InquiryDetails convertible(PortalUser user, long id) {
		if (!user.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
		return inquiries.details(user, id);
	}

	private String show(PortalUser user, InquiryDetails inquiry, Model model) {
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("counsellors", accounts.activeStaffOf(user.requireProviderId()));
		return VIEW;
	}

}
