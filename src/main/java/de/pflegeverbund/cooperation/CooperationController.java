package de.pflegeverbund.cooperation;

import java.time.Duration;

import de.pflegeverbund.account.AccountException;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.provider.ProviderConflictException;
import de.pflegeverbund.shared.web.ClientRateLimit;
import de.pflegeverbund.shared.web.Forms;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public cooperation form (`/kooperation`, no account; honeypot and rate limit per
 * client) and the coordinator's list and decision (`/koordination/kooperationen`).
 */
@Controller
class CooperationController {

	private static final Log logger = LogFactory.getLog(CooperationController.class);

	private static final String FORM_VIEW = "cooperation/form";

	private static final String DETAIL_VIEW = "cooperation/detail";

	private static final int MAX_REASON = 2000;

	private final CooperationManagement cooperations;

	private final ClientRateLimit rateLimit;

	CooperationController(CooperationManagement cooperations,
			@Value("${portal.cooperation.requests-per-client}") int requestsPerClient,
			@Value("${portal.cooperation.rate-limit-window}") Duration window) {
		this.cooperations = cooperations;
		this.rateLimit = new ClientRateLimit(requestsPerClient, window);
	}

	@GetMapping("/kooperation")
	String initForm(Model model) {
		model.addAttribute("form", CooperationForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/kooperation")
	String processForm(@Valid @ModelAttribute("form") CooperationForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Forms.requireBound(result);
		if (!rateLimit.tryAcquire(request, response)) {
			model.addAttribute("tooMany", true);
			return FORM_VIEW;
		}
		if (form.honeypotFilled()) {
			logger.info("Cooperation request discarded: honeypot field filled in");
			return "redirect:/kooperation/danke";
		}
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		cooperations.submit(form.toData());
		return "redirect:/kooperation/danke";
	}

	@GetMapping("/kooperation/danke")
	String thanks() {
		return "cooperation/thanks";
	}

	@GetMapping("/koordination/kooperationen")
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("requests", cooperations.all(user));
		return "cooperation/list";
	}

	@GetMapping("/koordination/kooperationen/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		CooperationView request = cooperations.find(user, id);
		model.addAttribute("request", request);
		if (!model.containsAttribute("accept")) {
			model.addAttribute("accept", AcceptForm.of(request));
		}
		return DETAIL_VIEW;
	}

	@PostMapping("/koordination/kooperationen/{id}/annehmen")
	String accept(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("accept") AcceptForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		CooperationView request = cooperations.find(user, id);
		model.addAttribute("request", request);
		if (result.hasErrors()) {
			return DETAIL_VIEW;
		}
		try {
			long providerId = cooperations.accept(user, id, form.toProvider(), form.leadName().strip(),
					form.normalizedLeadEmail());
			redirect.addFlashAttribute("success", "cooperation.flash.accepted");
			return "redirect:/koordination/traeger/" + providerId;
		}
		catch (ProviderConflictException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		catch (AccountException ex) {
			result.rejectValue("leadEmail", ex.messageKey());
		}
		catch (CooperationException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/koordination/kooperationen/" + id;
		}
		return DETAIL_VIEW;
	}

	@PostMapping("/koordination/kooperationen/{id}/ablehnen")
	String decline(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "reason", defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		if (reason.length() > MAX_REASON || !reason.matches(InputPatterns.MULTI_LINE_TEXT)) {
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError", "cooperation.decline.reason.invalid");
			return show(user, id, model);
		}
		try {
			cooperations.decline(user, id, reason.isBlank() ? null : reason.strip());
			redirect.addFlashAttribute("success", "cooperation.flash.declined");
		}
		catch (CooperationException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/koordination/kooperationen/" + id;
	}

}
