package de.pflegeverbund.inquiry;

/**
 * Inquiries one Träger received within a period, and how many of them became a family.
 */
public record InquiryFigures(long received, long converted) {
}
