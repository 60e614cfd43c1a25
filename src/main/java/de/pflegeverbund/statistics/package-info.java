/**
 * Statistics for the state office across all Träger and for each Träger itself: families,
 * placements, inquiries, contacts, overdue families and caseload per year or quarter.
 * Numbers only, gathered through the other modules' APIs; never a case record. The root
 * package is the API; {@code web} is internal.
 */
@NullMarked
package de.pflegeverbund.statistics;

import org.jspecify.annotations.NullMarked;
