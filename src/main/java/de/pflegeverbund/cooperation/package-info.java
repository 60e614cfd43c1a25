/**
 * Cooperation requests: a Träger outside the network asks to join (seed 003: Träger
 * gesucht, die Lust auf Kooperation haben); the coordinator accepts, which creates the
 * Träger and invites its Leitung, or declines with a reason. Both answers go to the
 * requester by e-mail.
 */
@NullMarked
package de.pflegeverbund.cooperation;

import org.jspecify.annotations.NullMarked;
