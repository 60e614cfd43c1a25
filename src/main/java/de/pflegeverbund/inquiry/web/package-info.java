@NullMarked
package de.pflegeverbund.inquiry.web;

import org.jspecify.annotations.NullMarked;
