package de.pflegeverbund.account.web;

import java.util.List;
import de.pflegeverbund.shared.web.Forms;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.AccountException;
import de.pflegeverbund.shared.mail.MailService.MailDeliveryException;
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
 * Staff administration of a Träger by its Leitung: invite, deactivate, reactivate. Always
 * the Leitung's own Träger.
 */
@Controller
@RequestMapping("/verwaltung/mitarbeitende")
class StaffController {

	private static final String LIST_VIEW = "account/staff";

	private final AccountManagement accounts;

	StaffController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", InvitationForm.empty(Role.COUNSELLOR));
		return showList(user, model);
	}

	@PostMapping("/einladen")
	String invite(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") InvitationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (form.role() != null && !form.role().isProviderStaff()) {
			result.rejectValue("role", "account.invite.role.required");
		}
		if (result.hasErrors()) {
			return showList(user, model);
		}
		try {
			accounts.invite(user, user.requireProviderId(), form.email(), form.displayName(), form.role());
		}
		catch (AccountException ex) {
			result.rejectValue("email", ex.messageKey());
			return showList(user, model);
		}
		catch (MailDeliveryException ex) {
			result.reject("mail.error.delivery");
			return showList(user, model);
		}
		redirect.addFlashAttribute("success", "account.flash.invited");
		return "redirect:/verwaltung/mitarbeitende";
	}

	@PostMapping("/{id}/deaktivieren")
	String deactivate(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "account.flash.deactivated", () -> accounts.deactivate(user, id));
	}

	@PostMapping("/{id}/aktivieren")
	String activate(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "account.flash.activated", () -> accounts.activate(user, id));
	}

	@PostMapping("/{id}/erneut-einladen")
	String resend(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "account.flash.reinvited", () -> accounts.resendInvitation(user, id));
	}

	private String act(RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", successKey);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		catch (MailDeliveryException ex) {
			redirect.addFlashAttribute("failure", "mail.error.delivery");
		}
		return "redirect:/verwaltung/mitarbeitende";
	}

	private String showList(PortalUser user, Model model) {
		model.addAttribute("staff", accounts.staffOf(user.requireProviderId()));
		model.addAttribute("roles", List.of(Role.COUNSELLOR, Role.PROVIDER_ADMIN));
		return LIST_VIEW;
	}

}
