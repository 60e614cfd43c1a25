@NullMarked
package de.pflegeverbund.shared.web;

import org.jspecify.annotations.NullMarked;
