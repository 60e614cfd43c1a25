package de.pflegeverbund.shared.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Lets a module show a card on the home page of the signed-in user without the home page
 * knowing the module.
 */
public interface HomeSection {

	/**
	 * The card for this user, if the module has something to show them.
	 */
	Optional<HomeCard> card(Authentication authentication);

}
