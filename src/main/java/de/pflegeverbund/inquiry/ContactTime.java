package de.pflegeverbund.inquiry;

/**
 * When the applicants prefer to be called.
 */
public enum ContactTime {

	ANY, MORNING, AFTERNOON, EVENING

}
