package de.pflegeverbund.shared.web;

/**
 * A card on a home page, contributed by a module through a {@link HomeSection}.
 *
 * @param titleKey message key of the title
 * @param textKey message key of the text
 * @param arguments arguments of the text
 * @param link where the card leads
 * @param linkKey message key of the link text
 * @param urgent shown highlighted, first
 */
public record HomeCard(String titleKey, String textKey, Object[] arguments, String link, String linkKey,
		boolean urgent) {
}
