@NullMarked
package de.pflegeverbund.account.domain;

import org.jspecify.annotations.NullMarked;
