package de.pflegeverbund.assignment;

/**
 * The caseload of one counsellor.
 *
 * @param primaryFamilies families the counsellor is the primary counsellor of; this is
 * what the target counts
 * @param coFamilies families in Co-Beratung
 * @param substituteFamilies families the counsellor currently stands in for
 * @param target the Träger's target ratio (families per full-time counsellor)
 */
public record CaseloadRow(long counsellorId, String name, long primaryFamilies, long coFamilies,
		long substituteFamilies, int target) {

	public boolean overTarget() {
		return primaryFamilies > target;
	}

}
