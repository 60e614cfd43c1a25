package de.pflegeverbund.meeting;

/**
 * Who a meeting is for: the network's staff, foster families (of the organising Träger;
 * all families when the state office organises it), or the public.
 */
public enum Audience {

	STAFF, FAMILIES, PUBLIC

}
