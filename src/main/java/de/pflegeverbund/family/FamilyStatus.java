package de.pflegeverbund.family;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a foster family stands: in Prüfung → geeignet → frei/belegt ⇄ pausiert → beendet.
 */
public enum FamilyStatus {

	/** In Prüfung: the suitability assessment is running. */
	IN_ASSESSMENT,

	/** Geeignet: assessed as suitable, not yet available. */
	SUITABLE,

	/** Frei: ready to take a child. */
	AVAILABLE,

	/** Belegt: places taken. */
	OCCUPIED,

	/** Pausiert: takes no child for the time being. */
	PAUSED,

	/** Beendet: no longer a foster family of the Träger. */
	ENDED;

	/**
	 * The statuses a family may change to from this one.
	 */
	public Set<FamilyStatus> next() {
		return switch (this) {
			case IN_ASSESSMENT -> EnumSet.of(SUITABLE, ENDED);
			case SUITABLE -> EnumSet.of(AVAILABLE, OCCUPIED, PAUSED, ENDED);
			case AVAILABLE -> EnumSet.of(OCCUPIED, PAUSED, ENDED);
			case OCCUPIED -> EnumSet.of(AVAILABLE, PAUSED, ENDED);
			case PAUSED -> EnumSet.of(AVAILABLE, OCCUPIED, ENDED);
			case ENDED -> EnumSet.noneOf(FamilyStatus.class);
		};
	}

	public boolean canChangeTo(FamilyStatus target) {
		return next().contains(target);
	}

	/**
	 * Whether the family is still looked after (everything but ended).
	 */
	public boolean isActive() {
		return this != ENDED;
	}

}
