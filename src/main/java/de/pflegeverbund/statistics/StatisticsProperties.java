package de.pflegeverbund.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the statistics ({@code portal.statistics.*}).
 *
 * @param threshold counts from 1 below this number are shown as "< threshold" in
 * cross-Träger views and exports
 * @param cacheTtl how long computed figures of the running period are reused (and how
 * often the background job computes them anew)
 * @param endedPeriodTtl how long figures of an ended period are reused
 * @param warmUpDelay when after start-up the background job first computes the figures
 * @param trendYears how many years the trend charts show
 */
@ConfigurationProperties("portal.statistics")
public record StatisticsProperties(int threshold, Duration cacheTtl, Duration endedPeriodTtl, Duration warmUpDelay,
		int trendYears) {
}
