package de.pflegeverbund.account.web;

import java.util.Map;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.security.SecurityConfiguration;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and the entry point that leads every user to the home page of their
 * role.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal @Nullable PortalUser user, @RequestParam Map<String, String> params,
			HttpSession session, Model model) {
		if (user != null) {
			return "redirect:" + user.role().homePath();
		}
		String problem = params.containsKey("gesperrt") ? "anmeldung-gesperrt"
				: params.containsKey("fehler") ? "anmeldung-fehler" : null;
		model.addAttribute("loginProblem", problem);
		model.addAttribute("username", session.getAttribute(SecurityConfiguration.LOGIN_USERNAME_ATTRIBUTE));
		session.removeAttribute(SecurityConfiguration.LOGIN_USERNAME_ATTRIBUTE);
		return "account/login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		return "redirect:" + user.role().homePath();
	}

}
