/**
 * The demo network of profile {@code demo}: Träger, staff and the demo accounts of the
 * interface contract.
 */
@ApplicationModule(allowedDependencies = { "provider", "account" })
@NullMarked
package de.pflegeverbund.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
