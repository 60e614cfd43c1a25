package de.pflegeverbund.account.web;

import de.pflegeverbund.account.PortalUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page and the entry point that leads every user to the home page of their
 * role.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal @Nullable PortalUser user) {
		return (user != null) ? "redirect:" + user.role().homePath() : "account/login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		return "redirect:" + user.role().homePath();
	}

}
