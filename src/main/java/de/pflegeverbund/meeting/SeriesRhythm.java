package de.pflegeverbund.meeting;

/**
 * How often the dates of a series recur, in months; {@link #NONE} for a single meeting.
 */
public enum SeriesRhythm {

	NONE(0), MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6);

	private final int months;

	SeriesRhythm(int months) {
		this.months = months;
	}

	int months() {
		return months;
	}

}
