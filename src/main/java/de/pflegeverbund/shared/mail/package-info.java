@NullMarked
package de.pflegeverbund.shared.mail;

import org.jspecify.annotations.NullMarked;
