package de.pflegeverbund.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the statistics ({@code portal.statistics.*}).
 *
 * @param threshold counts from 1 below this number are shown as "< threshold" in
 * cross-Träger views and exports
 * @param cacheTtl how long computed figures of a period are reused
 * @param trendYears how many years the trend charts show
 */
@ConfigurationProperties("portal.statistics")
public record StatisticsProperties(int threshold, Duration cacheTtl, int trendYears) {
}
