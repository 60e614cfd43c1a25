package de.pflegeverbund.meeting;

/**
 * What kind of meeting it is.
 */
public enum MeetingKind {

	NETWORK_MEETING, WORKING_GROUP, COOPERATION_MEETING, ONLINE_SEMINAR, PARTICIPATION_WORKSHOP, FAMILY_EVENT

}
