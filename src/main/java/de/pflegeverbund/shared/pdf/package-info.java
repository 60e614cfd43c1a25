@NullMarked
package de.pflegeverbund.shared.pdf;

import org.jspecify.annotations.NullMarked;
