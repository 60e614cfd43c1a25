package de.pflegeverbund.account.web;

import java.util.List;
import de.pflegeverbund.shared.web.Forms;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.AccountException;
import de.pflegeverbund.account.domain.StaffMember;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.mail.MailService.MailDeliveryException;
import de.pflegeverbund.shared.web.InputPatterns;
import de.pflegeverbund.shared.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

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
 * The coordinator invites and manages the Leitung accounts of a Träger; the Leitung then
 * invites its own staff.
 */
@Controller
@RequestMapping("/koordination/traeger/{providerId}/leitung")
class ProviderLeadsController {

	private final AccountManagement accounts;

	private final ProviderManagement providers;

	ProviderLeadsController(AccountManagement accounts, ProviderManagement providers) {
		this.accounts = accounts;
		this.providers = providers;
	}

	@GetMapping
	String list(@PathVariable long providerId, Model model) {
		model.addAttribute("form", new LeadInvitationForm("", ""));
		return showList(providerId, model);
	}

	@PostMapping("/einladen")
	String invite(@AuthenticationPrincipal PortalUser user, @PathVariable long providerId,
			@Valid @ModelAttribute("form") LeadInvitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (result.hasErrors()) {
			return showList(providerId, model);
		}
		try {
			accounts.invite(user, providerId, form.email(), form.displayName(), Role.PROVIDER_ADMIN);
		}
		catch (AccountException ex) {
			result.rejectValue("email", ex.messageKey());
			return showList(providerId, model);
		}
		catch (MailDeliveryException ex) {
			result.reject("mail.error.delivery");
			return showList(providerId, model);
		}
		redirect.addFlashAttribute("success", "account.flash.invited");
		return "redirect:/koordination/traeger/" + providerId + "/leitung";
	}

	@PostMapping("/{accountId}/deaktivieren")
	String deactivate(@AuthenticationPrincipal PortalUser user, @PathVariable long providerId,
			@PathVariable long accountId, RedirectAttributes redirect) {
		return act(providerId, accountId, redirect, "account.flash.deactivated",
				() -> accounts.deactivate(user, accountId));
	}

	@PostMapping("/{accountId}/aktivieren")
	String activate(@AuthenticationPrincipal PortalUser user, @PathVariable long providerId,
			@PathVariable long accountId, RedirectAttributes redirect) {
		return act(providerId, accountId, redirect, "account.flash.activated",
				() -> accounts.activate(user, accountId));
	}

	@PostMapping("/{accountId}/erneut-einladen")
	String resend(@AuthenticationPrincipal PortalUser user, @PathVariable long providerId, @PathVariable long accountId,
			RedirectAttributes redirect) {
		return act(providerId, accountId, redirect, "account.flash.reinvited",
				() -> accounts.resendInvitation(user, accountId));
	}

	/**
	 * Runs an action on a Leitung account of the Träger (404 for any other account) and
	 * reports the outcome.
	 */
	private String act(long providerId, long accountId, RedirectAttributes redirect, String successKey,
			Runnable action) {
		requireLead(providerId, accountId);
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
		return "redirect:/koordination/traeger/" + providerId + "/leitung";
	}

	private void requireLead(long providerId, long accountId) {
		if (leads(providerId).stream().noneMatch(lead -> lead.id() == accountId)) {
			throw new NotFoundException();
		}
	}

	private List<StaffMember> leads(long providerId) {
		return accounts.staffOf(providerId).stream().filter(s -> s.role() == Role.PROVIDER_ADMIN).toList();
	}

	private String showList(long providerId, Model model) {
		ProviderSummary provider = providers.find(providerId).orElseThrow(NotFoundException::new);
		model.addAttribute("provider", provider);
		model.addAttribute("leads", leads(providerId));
		return "account/provider-leads";
	}

	/**
	 * Inviting the Leitung of a Träger: the role is fixed.
	 */
	record LeadInvitationForm(
			@NotBlank(message = "{validation.name.required}") @Size(max = 120,
					message = "{validation.tooLong}") @Pattern(regexp = InputPatterns.SINGLE_LINE_TEXT,
							message = "{inquiry.form.text.invalid}") @Nullable String displayName,
			@NotBlank(message = "{validation.email.required}") @Email(regexp = ".+@.+\\..+",
					message = "{validation.email.invalid}") @Size(max = 254,
							message = "{validation.tooLong}") @Nullable String email) {
	}

}
