/**
 * Beratungskontakte: the visit log of the counsellors, due rules per care type and the
 * counsellor's home page "Meine Familien" ordered by due date.
 * {@link de.pflegeverbund.visit.VisitManagement} is the module's API.
 */
@NullMarked
package de.pflegeverbund.visit;

import org.jspecify.annotations.NullMarked;
