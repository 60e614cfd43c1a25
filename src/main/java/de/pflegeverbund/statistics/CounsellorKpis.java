package de.pflegeverbund.statistics;

import org.jspecify.annotations.Nullable;

/**
 * The key figures of one counsellor of a Träger for a period.
 *
 * @param families families whose primary counsellor they are at the end of the period
 * @param visits contacts they recorded within the period
 * @param overdueFamilies of their families, those overdue at the end of the period
 */
public record CounsellorKpis(long counsellorId, String name, long families, long visits, long overdueFamilies) {

	public @Nullable Double visitsPerFamily() {
		return (families == 0) ? null : (double) visits / families;
	}

	public @Nullable Double overduePercent() {
		return (families == 0) ? null : 100.0 * overdueFamilies / families;
	}

}
