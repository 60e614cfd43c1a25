package de.pflegeverbund.meeting;

/**
 * A registration as its holder sees it through the link.
 */
public record RegistrationView(String name, RegistrationStatus status, MeetingView meeting) {
}
