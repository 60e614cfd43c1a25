package de.pflegeverbund.inquiry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.inquiry.ChildAge;
import de.pflegeverbund.inquiry.ContactTime;
import de.pflegeverbund.inquiry.InquiryManagement;
import de.pflegeverbund.inquiry.domain.InquiryProperties;
import de.pflegeverbund.inquiry.domain.SubmissionResult;
import de.pflegeverbund.shared.web.ClientRateLimit;
import de.pflegeverbund.shared.db.RowScope;
import de.pflegeverbund.shared.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public interest form (no account): shown, checked against bots (honeypot, minimum
 * fill time, rate limit per client), stored once however often it is sent, confirmed.
 */
@Controller
@RequestMapping("/interesse")
class InterestFormController {

	private static final Log logger = LogFactory.getLog(InterestFormController.class);

	private static final String FORM_VIEW = "inquiry/interest-form";

	private final InquiryManagement inquiries;

	private final FormTokens tokens;

	private final ClientRateLimit rateLimit;

	private final Clock clock;

	InterestFormController(InquiryManagement inquiries, FormTokens tokens, InquiryProperties properties, Clock clock) {
		this.inquiries = inquiries;
		this.tokens = tokens;
		this.rateLimit = new ClientRateLimit(properties.submissionsPerClient(), properties.rateLimitWindow());
		this.clock = clock;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("careTypeOptions", Arrays.asList(CareType.values()));
		model.addAttribute("childAgeOptions", Arrays.asList(ChildAge.values()));
		model.addAttribute("qualificationOptions", Arrays.asList(Qualification.values()));
		model.addAttribute("contactTimeOptions", Arrays.asList(ContactTime.values()));
	}

	@GetMapping
	String initForm(Model model) {
		String submissionKey = UUID.randomUUID().toString();
		model.addAttribute("form", InterestForm.empty(submissionKey, tokens.issue(submissionKey)));
		return FORM_VIEW;
	}

	@PostMapping
	String processForm(@Valid @ModelAttribute("form") InterestForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!rateLimit.tryAcquire(request, response)) {
			model.addAttribute("tooMany", true);
			return FORM_VIEW;
		}
		if (form.honeypotFilled()) {
			logger.info("Interest form discarded: honeypot field filled in");
			return "redirect:/interesse/danke";
		}
		UUID submissionKey = Forms.uuidOrNull(form.submissionKey());
		FormTokens.Check check = (submissionKey != null) ? tokens.check(form.token(), form.submissionKey())
				: FormTokens.Check.INVALID;
		form.validate(result, LocalDate.now(clock).getYear());
		if (check == FormTokens.Check.TOO_FAST) {
			result.reject("inquiry.form.tooFast");
		}
		else if (check != FormTokens.Check.VALID) {
			result.reject((check == FormTokens.Check.EXPIRED) ? "inquiry.form.expired" : "inquiry.form.tokenInvalid");
			String newKey = (submissionKey != null) ? submissionKey.toString() : UUID.randomUUID().toString();
			model.addAttribute("submissionKey", newKey);
			model.addAttribute("token", tokens.issue(newKey));
		}
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		SubmissionResult submitted;
		// the inquiry is nobody's account's, also when somebody signed in sends the form:
		// a signed-in Leitung's row scope would refuse an inquiry for the coordinator or
		// another Träger (as it did with the public concern form)
		try {
			submitted = RowScope.asNobody(() -> inquiries.submit(form.toData(), submissionKey));
		}
		catch (DataIntegrityViolationException ex) {
			submitted = RowScope.asNobody(() -> inquiries.findSubmission(submissionKey)).orElseThrow(() -> ex);
		}
		redirect.addFlashAttribute("submitted", submitted);
		return "redirect:/interesse/danke";
	}

	@GetMapping("/danke")
	String thanks() {
		return "inquiry/interest-thanks";
	}

}
