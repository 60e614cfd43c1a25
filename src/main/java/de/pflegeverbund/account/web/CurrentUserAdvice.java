package de.pflegeverbund.account.web;

import de.pflegeverbund.account.PortalUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Makes the signed-in user available to every view as {@code currentUser}, for the
 * navigation of the layout.
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	@Nullable PortalUser currentUser(@AuthenticationPrincipal @Nullable PortalUser user) {
		return user;
	}

}
