package de.pflegeverbund.account.web;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.shared.web.Forms;
import de.pflegeverbund.account.AccountException;
import de.pflegeverbund.account.domain.PasswordPolicy;
import de.pflegeverbund.account.domain.TokenCheck;
import de.pflegeverbund.account.domain.TokenState;
import de.pflegeverbund.shared.mail.MailService.MailDeliveryException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting a password through a one-time link (invitation or reset) and asking for a reset
 * link.
 */
@Controller
class PasswordController {

	private static final String SET_VIEW = "account/set-password";

	private static final String FORGOT_VIEW = "account/forgot-password";

	private final AccountManagement accounts;

	PasswordController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/passwort-vergessen")
	String initResetForm(Model model) {
		model.addAttribute("form", new ResetRequestForm(""));
		return FORGOT_VIEW;
	}

	@PostMapping("/passwort-vergessen")
	String processResetForm(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult result,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (result.hasErrors()) {
			return FORGOT_VIEW;
		}
		try {
			accounts.requestPasswordReset(form.email());
		}
		catch (MailDeliveryException ex) {
			result.reject("mail.error.delivery");
			return FORGOT_VIEW;
		}
		redirect.addFlashAttribute("success", "account.forgot.sent");
		return "redirect:/login";
	}

	@GetMapping("/konto/passwort/{token}")
	String initSetForm(@PathVariable String token, Model model) {
		TokenCheck check = accounts.check(token);
		model.addAttribute("token", token);
		model.addAttribute("check", check);
		model.addAttribute("form", new SetPasswordForm("", ""));
		return SET_VIEW;
	}

	@PostMapping("/konto/passwort/{token}")
	String processSetForm(@PathVariable String token, @Valid @ModelAttribute("form") SetPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		TokenCheck check = accounts.check(token);
		model.addAttribute("token", token);
		model.addAttribute("check", check);
		if (check.state() != TokenState.VALID) {
			return SET_VIEW;
		}
		if (!result.hasFieldErrors("confirmation") && form.password() != null
				&& !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			return SET_VIEW;
		}
		try {
			accounts.setPassword(token, form.password());
		}
		catch (AccountException ex) {
			if ("password".equals(ex.field())) {
				result.rejectValue("password", ex.messageKey());
			}
			else {
				model.addAttribute("check", accounts.check(token));
			}
			return SET_VIEW;
		}
		redirect.addFlashAttribute("success", "account.password.saved");
		return "redirect:/login";
	}

	/**
	 * Asking for a password-reset link.
	 */
	record ResetRequestForm(@NotBlank(message = "{validation.email.required}") @Email(regexp = ".+@.+\\..+",
			message = "{validation.email.invalid}") @Size(max = 254,
					message = "{validation.tooLong}") @Nullable String email) {
	}

	/**
	 * A new password, typed twice. Length rules are checked here, the rest by the
	 * {@link PasswordPolicy}.
	 */
	record SetPasswordForm(
			@NotBlank(message = "{account.password.required}") @Size(min = PasswordPolicy.MIN_LENGTH,
					max = PasswordPolicy.MAX_LENGTH, message = "{account.password.length}") @Nullable String password,
			@NotBlank(message = "{account.password.confirmation.required}") @Nullable String confirmation) {
	}

}
