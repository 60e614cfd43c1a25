/**
 * The demo network of profile {@code demo}: Träger, staff and the demo accounts of the
 * interface contract.
 */

@NullMarked
package de.pflegeverbund.demo;

import org.jspecify.annotations.NullMarked;
