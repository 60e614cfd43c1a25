@NullMarked
package de.pflegeverbund.family.web;

import org.jspecify.annotations.NullMarked;
