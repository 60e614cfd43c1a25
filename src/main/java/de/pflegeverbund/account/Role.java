package de.pflegeverbund.account;

/**
 * What a user is in the network. Every role but {@link #COORDINATOR} belongs to exactly
 * one Träger.
 */
public enum Role {

	/**
	 * Coordinator of the state youth office (Landesjugendamt): manages the network, sees
	 * aggregates only.
	 */
	COORDINATOR("/koordination"),

	/** Leitung of a Träger: staff, families and the Träger's figures. */
	PROVIDER_ADMIN("/leitung"),

	/** Fachberater(in) of a Träger: visits of the families assigned to them. */
	COUNSELLOR("/fachberatung"),

	/** A foster family: its own data only. */
	FAMILY("/familie");

	private final String homePath;

	Role(String homePath) {
		this.homePath = homePath;
	}

	/**
	 * The path of the role's home page.
	 */
	public String homePath() {
		return homePath;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean belongsToProvider() {
		return this != COORDINATOR;
	}

	/**
	 * Whether this is a staff role of a Träger.
	 */
	public boolean isProviderStaff() {
		return this == PROVIDER_ADMIN || this == COUNSELLOR;
	}

}
