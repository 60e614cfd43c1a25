package de.pflegeverbund.supervision;

/**
 * How many of a Träger's active counsellors meet their supervision target (pro rata for
 * the running year).
 */
public record Compliance(long providerId, int counsellors, int meetingTarget) {

	/**
	 * The share in percent, rounded.
	 */
	public int percent() {
		return (counsellors == 0) ? 0 : Math.round(100f * meetingTarget / counsellors);
	}

}
