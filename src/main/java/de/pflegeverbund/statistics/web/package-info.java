@NullMarked
package de.pflegeverbund.statistics.web;

import org.jspecify.annotations.NullMarked;
