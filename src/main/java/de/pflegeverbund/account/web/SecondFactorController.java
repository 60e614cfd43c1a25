package de.pflegeverbund.account.web;

import java.io.IOException;
import java.util.List;

import de.pflegeverbund.account.AccountException;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.domain.SecondFactors;
import de.pflegeverbund.account.security.LoginThrottle;
import de.pflegeverbund.account.security.SignInFlow;
import de.pflegeverbund.shared.web.Forms;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor of the signed-in user: the code after the password, setting it up
 * (required or of one's own accord), new recovery codes, removing it.
 */
@Controller
class SecondFactorController {

	private static final String SIGN_IN_VIEW = "account/second-factor";

	private static final String SET_UP_VIEW = "account/second-factor-setup";

	private static final String STATUS_VIEW = "account/second-factor-status";

	private static final String CODES_VIEW = "account/recovery-codes";

	private static final String SET_UP_PATH = "/konto/zweiter-faktor";

	/** Session attribute: the secret being set up, until the first code confirms it. */
	private static final String PENDING_SECRET = "portal.secondFactor.pendingSecret";

	private final SecondFactors secondFactors;

	private final LoginThrottle throttle;

	SecondFactorController(SecondFactors secondFactors, LoginThrottle throttle) {
		this.secondFactors = secondFactors;
		this.throttle = throttle;
	}

	record CodeForm(@NotBlank @Size(max = 20) String code) {
	}

	@GetMapping(SignInFlow.SECOND_FACTOR_PAGE)
	String initSignIn(Authentication authentication, Model model) {
		PortalUser user = (PortalUser) authentication.getPrincipal();
		if (user.secondFactor() == PortalUser.SecondFactor.ENROL) {
			return "redirect:" + SET_UP_PATH;
		}
		if (SignInFlow.isComplete(authentication)) {
			return "redirect:/";
		}
		model.addAttribute("form", new CodeForm(""));
		return SIGN_IN_VIEW;
	}

	@PostMapping(SignInFlow.SECOND_FACTOR_PAGE)
	@Nullable String processSignIn(@Valid @ModelAttribute("form") CodeForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		Forms.requireBound(result);
		PortalUser user = (PortalUser) authentication.getPrincipal();
		if (user.secondFactor() != PortalUser.SecondFactor.CODE || SignInFlow.isComplete(authentication)) {
			return "redirect:/";
		}
		if (throttle.isBlocked(user.email(), request.getRemoteAddr())) {
			new SecurityContextLogoutHandler().logout(request, response, authentication);
			return "redirect:/login?gesperrt";
		}
		if (result.hasErrors()) {
			return SIGN_IN_VIEW;
		}
		if (!secondFactors.verify(user, form.code())) {
			throttle.recordFailure(user.email(), request.getRemoteAddr());
			result.rejectValue("code", "secondFactor.error.code");
			return SIGN_IN_VIEW;
		}
		throttle.recordSuccess(user.email());
		SignInFlow.proceed(request, response, SignInFlow.secondFactorShown(request, response, authentication, user));
		return null;
	}

	@GetMapping(SET_UP_PATH)
	String show(Authentication authentication, HttpSession session, Model model) {
		PortalUser user = (PortalUser) authentication.getPrincipal();
		if (user.secondFactor() == PortalUser.SecondFactor.CODE) {
			if (!SignInFlow.hasSecondFactor(authentication)) {
				return "redirect:" + SignInFlow.SECOND_FACTOR_PAGE;
			}
			model.addAttribute("unusedCodes", secondFactors.unusedRecoveryCodes(user));
			model.addAttribute("required", secondFactors.isRequiredOf(user.role(), user.providerId()));
			return STATUS_VIEW;
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		SecondFactors.Enrolment enrolment = (secret != null) ? secondFactors.enrolment(user, secret)
				: secondFactors.newEnrolment(user);
		session.setAttribute(PENDING_SECRET, enrolment.secret());
		model.addAttribute("form", new CodeForm(""));
		return setUpView(user, enrolment, model);
	}

	@PostMapping(SET_UP_PATH)
	String setUp(@Valid @ModelAttribute("form") CodeForm form, BindingResult result, Authentication authentication,
			HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
		Forms.requireBound(result);
		PortalUser user = (PortalUser) authentication.getPrincipal();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (user.secondFactor() == PortalUser.SecondFactor.CODE || secret == null) {
			return "redirect:" + SET_UP_PATH;
		}
		SecondFactors.Enrolment enrolment = secondFactors.enrolment(user, secret);
		if (result.hasErrors()) {
			return setUpView(user, enrolment, model);
		}
		List<String> codes;
		try {
			codes = secondFactors.setUp(user, secret, form.code());
		}
		catch (AccountException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return setUpView(user, enrolment, model);
		}
		session.removeAttribute(PENDING_SECRET);
		SignInFlow.secondFactorShown(request, response, authentication, user.withSecondFactorSetUp());
		model.addAttribute("codes", codes);
		model.addAttribute("first", true);
		return CODES_VIEW;
	}

	@PostMapping(SET_UP_PATH + "/wiederherstellungscodes")
	String renewRecoveryCodes(Authentication authentication, Model model) {
		PortalUser user = (PortalUser) authentication.getPrincipal();
		if (user.secondFactor() != PortalUser.SecondFactor.CODE) {
			return "redirect:" + SET_UP_PATH;
		}
		model.addAttribute("codes", secondFactors.renewRecoveryCodes(user));
		model.addAttribute("first", false);
		return CODES_VIEW;
	}

	@PostMapping(SET_UP_PATH + "/entfernen")
	String remove(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		PortalUser user = (PortalUser) authentication.getPrincipal();
		if (user.secondFactor() != PortalUser.SecondFactor.CODE) {
			return "redirect:" + SET_UP_PATH;
		}
		try {
			secondFactors.remove(user);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:" + SET_UP_PATH;
		}
		SignInFlow.updatePrincipal(request, response, authentication, user.withoutSecondFactor());
		redirect.addFlashAttribute("success", "secondFactor.removed");
		return "redirect:" + SET_UP_PATH;
	}

	private String setUpView(PortalUser user, SecondFactors.Enrolment enrolment, Model model) {
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("required", user.secondFactor() == PortalUser.SecondFactor.ENROL);
		return SET_UP_VIEW;
	}

}
