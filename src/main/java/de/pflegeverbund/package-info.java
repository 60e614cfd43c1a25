@NullMarked
package de.pflegeverbund;

import org.jspecify.annotations.NullMarked;
