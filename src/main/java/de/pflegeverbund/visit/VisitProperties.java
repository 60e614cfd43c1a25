package de.pflegeverbund.visit;

import java.time.Duration;
import java.util.Map;

import de.pflegeverbund.family.CareType;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the visit module ({@code portal.visit.*}).
 *
 * @param editGrace how long the author may change a contact before only amendments are
 * possible
 * @param defaultIntervals days between contacts per care type for Träger that set none of
 * their own
 */
@ConfigurationProperties("portal.visit")
record VisitProperties(Duration editGrace, Map<CareType, Integer> defaultIntervals) {
}
