package de.pflegeverbund.supervision;

/**
 * Kinds of supervision: Einzel-, Team-, Fallsupervision, Co-Beratung / kollegiale
 * Beratung, Arbeitskreis.
 */
public enum SupervisionKind {

	INDIVIDUAL, TEAM, CASE, PEER, WORKING_GROUP

}
