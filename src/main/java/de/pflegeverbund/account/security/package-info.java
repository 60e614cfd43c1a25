@NullMarked
package de.pflegeverbund.account.security;

import org.jspecify.annotations.NullMarked;
