@NullMarked
package de.pflegeverbund.inquiry.domain;

import org.jspecify.annotations.NullMarked;
