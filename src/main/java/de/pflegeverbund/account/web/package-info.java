@NullMarked
package de.pflegeverbund.account.web;

import org.jspecify.annotations.NullMarked;
