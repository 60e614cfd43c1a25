/**
 * Fachberatung: which counsellor looks after which family (primary counsellor,
 * co-counsellors, time-limited substitutes), its full history, and the caseload per
 * counsellor against the Träger's target ratio.
 * {@link de.pflegeverbund.assignment.AssignmentManagement} is the module's API; families
 * are referred to by id.
 */
@NullMarked
package de.pflegeverbund.assignment;

import org.jspecify.annotations.NullMarked;
