@NullMarked
package de.pflegeverbund.family.domain;

import org.jspecify.annotations.NullMarked;
