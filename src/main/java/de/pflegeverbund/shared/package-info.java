/**
 * Small value types, web helpers and infrastructure used by every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package de.pflegeverbund.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
