package de.pflegeverbund.familyportal;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.familyportal.Forms.PublicConcernForm;
import de.pflegeverbund.familyportal.Portal.ConcernStatus;
import de.pflegeverbund.familyportal.Portal.ConcernView;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.db.RowScope;
import de.pflegeverbund.shared.web.ClientRateLimit;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

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
 * Concerns: the public page in plain language ({@code /anliegen}, no account; a code to
 * follow the answer, entered in a form, never in a URL) and the addressees' inboxes
 * ({@code /leitung/anliegen}, {@code /koordination/anliegen}).
 */
@Controller
class ConcernController {

	private final FamilyPortal portal;

	private final ProviderManagement providers;

	private final ClientRateLimit rateLimit;

	ConcernController(FamilyPortal portal, ProviderManagement providers,
			@Value("${portal.concern.submissions-per-client}") int perClient,
			@Value("${portal.concern.rate-limit-window}") java.time.Duration window) {
		this.portal = portal;
		this.providers = providers;
		this.rateLimit = new ClientRateLimit(perClient, window);
	}

	static boolean validText(String text) {
		return !text.isBlank() && text.length() <= 4000 && text.matches(InputPatterns.MULTI_LINE_TEXT);
	}

	@ModelAttribute("providerOptions")
	java.util.List<ProviderSummary> providerOptions() {
		return providers.findAll().stream().filter(ProviderSummary::active).toList();
	}

	@GetMapping("/anliegen")
	String publicForm(Model model) {
		model.addAttribute("form", PublicConcernForm.empty());
		return "familyportal/public-concern";
	}

	@PostMapping("/anliegen")
	String raise(@Valid @ModelAttribute("form") PublicConcernForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		de.pflegeverbund.shared.web.Forms.requireBound(result);
		if (!rateLimit.tryAcquire(request, response)) {
			model.addAttribute("tooMany", true);
			return "familyportal/public-concern";
		}
		if (form.website() != null && !form.website().isBlank()) {
			return "redirect:/anliegen";
		}
		if (result.hasErrors()) {
			return "familyportal/public-concern";
		}
		Long providerId = form.providerId();
		if (providerId != null && !providers.isActive(providerId)) {
			result.rejectValue("addressee", "portal.concern.addressee.required");
			return "familyportal/public-concern";
		}
		String contact = (form.contact() != null && !form.contact().isBlank()) ? form.contact().strip() : null;
		// the concern is nobody's account's, also when somebody signed in sends it (found
		// by fuzzing: a Leitung's scope refused the state office's concern)
		String code = RowScope.asNobody(() -> portal.raisePublicConcern(providerId, form.text().strip(), contact));
		redirect.addFlashAttribute("code", code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
		return "redirect:/anliegen/eingegangen";
	}

	@GetMapping("/anliegen/eingegangen")
	String received(Model model) {
		if (!model.containsAttribute("code")) {
			return "redirect:/anliegen/verlauf";
		}
		return "familyportal/public-code";
	}

	@GetMapping("/anliegen/verlauf")
	String statusForm() {
		return "familyportal/public-status";
	}

	@PostMapping("/anliegen/verlauf")
	String status(@RequestParam(name = "code", defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!rateLimit.tryAcquire(request, response)) {
			model.addAttribute("tooMany", true);
			return "familyportal/public-status";
		}
		return showByCode(code, model);
	}

	private String showByCode(String code, Model model) {
		ConcernView concern = (code.length() <= 40) ? portal.concernByCode(code).orElse(null) : null;
		if (concern == null) {
			model.addAttribute("codeError", "portal.concern.code.unknown");
			return "familyportal/public-status";
		}
		model.addAttribute("concern", concern);
		model.addAttribute("code", code);
		return "familyportal/public-status";
	}

	@PostMapping("/anliegen/verlauf/antwort")
	String replyByCode(@RequestParam(name = "code", defaultValue = "") String code,
			@RequestParam(name = "text", defaultValue = "") String text, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!rateLimit.tryAcquire(request, response)) {
			model.addAttribute("tooMany", true);
			return "familyportal/public-status";
		}
		if (!validText(text)) {
			model.addAttribute("replyError", "portal.concern.text.required");
			model.addAttribute("replyText", text);
			return showByCode(code, model);
		}
		if (code.length() <= 40 && portal.replyByCode(code, text.strip())) {
			model.addAttribute("success", "portal.flash.reply");
		}
		return showByCode(code, model);
	}

	@GetMapping({ "/leitung/anliegen", "/koordination/anliegen" })
	String inbox(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("concerns", portal.inbox(user));
		model.addAttribute("base", base(user));
		return "familyportal/inbox";
	}

	@GetMapping({ "/leitung/anliegen/{id}", "/koordination/anliegen/{id}" })
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("concern", portal.concernForAddressee(user, id));
		model.addAttribute("base", base(user));
		return "familyportal/inbox-detail";
	}

	@PostMapping({ "/leitung/anliegen/{id}", "/koordination/anliegen/{id}" })
	String handle(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "answer", defaultValue = "") String answer,
			@RequestParam(name = "status", required = false) @Nullable ConcernStatus status, Model model,
			RedirectAttributes redirect) {
		if (!answer.isEmpty() && !validText(answer)) {
			model.addAttribute("answerError", "portal.concern.text.invalid");
			model.addAttribute("answerText", answer);
			return show(user, id, model);
		}
		if (answer.isBlank() && status == null) {
			model.addAttribute("answerError", "portal.concern.answer.required");
			return show(user, id, model);
		}
		portal.handle(user, id, answer, status);
		redirect.addFlashAttribute("success", "portal.flash.handled");
		return "redirect:" + base(user) + "/" + id;
	}

	private static String base(PortalUser user) {
		return user.hasRole(Role.COORDINATOR) ? "/koordination/anliegen" : "/leitung/anliegen";
	}

}
