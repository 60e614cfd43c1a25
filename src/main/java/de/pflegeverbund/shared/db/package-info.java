@NullMarked
package de.pflegeverbund.shared.db;

import org.jspecify.annotations.NullMarked;
