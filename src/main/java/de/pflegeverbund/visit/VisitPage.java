package de.pflegeverbund.visit;

import de.pflegeverbund.family.FamilyRef;

/**
 * A contact and the family it belongs to, for the contact's page.
 */
public record VisitPage(FamilyRef family, VisitView visit) {
}
