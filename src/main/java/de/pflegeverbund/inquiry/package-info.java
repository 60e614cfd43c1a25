/**
 * Interessensbekundungen: the public interest form of prospective foster parents, its
 * routing to the Träger whose service area covers the postal code (else to the state
 * office's inbox), the Träger's pipeline from "Neu" to "geeignet", the conversion into a
 * Pflegefamilie and the erasure after the retention period. The root package is the API;
 * {@code domain} and {@code web} are internal.
 */
@NullMarked
package de.pflegeverbund.inquiry;

import org.jspecify.annotations.NullMarked;
