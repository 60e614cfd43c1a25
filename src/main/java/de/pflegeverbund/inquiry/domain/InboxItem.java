package de.pflegeverbund.inquiry.domain;

import java.time.LocalDate;
import java.util.Set;

import de.pflegeverbund.family.CareType;

/**
 * An inquiry in the state office's inbox: only what it takes to choose a Träger, no names
 * and no contact data.
 */
public record InboxItem(long id, LocalDate receivedOn, String postalCode, String city, Set<CareType> careTypes) {
}
