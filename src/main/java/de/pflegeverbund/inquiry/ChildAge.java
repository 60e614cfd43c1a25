package de.pflegeverbund.inquiry;

/**
 * The age of a child the applicants would prefer to take in.
 */
public enum ChildAge {

	ANY, UNDER_3, FROM_3_TO_6, FROM_6_TO_12, FROM_12

}
