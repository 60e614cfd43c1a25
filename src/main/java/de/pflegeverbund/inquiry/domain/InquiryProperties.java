package de.pflegeverbund.inquiry.domain;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the inquiry module ({@code portal.inquiry.*}).
 *
 * @param minFillTime a form sent sooner after it was shown is taken for a bot's and shown
 * again
 * @param maxFormAge a form shown longer ago must be sent again (its signed start time has
 * expired)
 * @param submissionsPerClient how many interest forms one client address may send within
 * {@code rateLimitWindow}
 * @param rateLimitWindow the window of the rate limit
 * @param closedRetention how long a closed inquiry (geeignet, abgesagt, zurückgezogen) is
 * kept after it was closed
 * @param idleRetention how long an open inquiry is kept without any activity
 * @param pageSize inquiries per page in the list
 */
@ConfigurationProperties("portal.inquiry")
public record InquiryProperties(Duration minFillTime, Duration maxFormAge, int submissionsPerClient,
		Duration rateLimitWindow, Period closedRetention, Period idleRetention, int pageSize) {
}
