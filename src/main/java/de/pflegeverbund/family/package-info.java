/**
 * Pflegefamilien: household, care types and places, status lifecycle, Pflegeerlaubnis,
 * police certificates of the adults (three facts only, §72a Abs. 5 SGB VIII), placements
 * with pseudonymised children and the change history. The root package is the API
 * ({@link de.pflegeverbund.family.CareType},
 * {@link de.pflegeverbund.family.FamilyStatus}); {@code domain} and {@code web} are
 * internal.
 */
@NullMarked
package de.pflegeverbund.family;

import org.jspecify.annotations.NullMarked;
