package de.pflegeverbund.statistics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A calendar year or one of its quarters.
 *
 * @param quarter 1 to 4, or {@code null} for the whole year
 */
public record StatisticsPeriod(int year, @Nullable Integer quarter) {

	public StatisticsPeriod {
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw new IllegalArgumentException("quarter out of range: " + quarter);
		}
	}

	/**
	 * The period asked for in a request, or the current year for anything else.
	 */
	public static StatisticsPeriod of(@Nullable Integer year, @Nullable Integer quarter, LocalDate today) {
		int y = (year != null && year >= 2000 && year <= today.getYear()) ? year : today.getYear();
		Integer q = (quarter != null && quarter >= 1 && quarter <= 4) ? quarter : null;
		return new StatisticsPeriod(y, q);
	}

	public LocalDate from() {
		return (quarter == null) ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
	}

	public LocalDate to() {
		return (quarter == null) ? LocalDate.of(year, 12, 31) : from().plusMonths(3).minusDays(1);
	}

	/**
	 * The day whose state the period reports: its last day, or today while it runs.
	 */
	public LocalDate asOf(LocalDate today) {
		return to().isAfter(today) ? today : to();
	}

	/** "2026" or "2026-Q3", for file names. */
	public String label() {
		return (quarter == null) ? String.valueOf(year) : year + "-Q" + quarter;
	}

}
