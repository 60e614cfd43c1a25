package de.pflegeverbund.family.domain;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the family module ({@code portal.family.*}).
 *
 * @param certificateValidity after how long an extended police certificate must be
 * renewed (default 5 years)
 * @param certificateReminderLead how long before the due date the primary counsellor is
 * reminded
 * @param certificateRetention how long after a family ended the certificate facts are
 * erased
 * @param pageSize families per page in the list
 */
@ConfigurationProperties("portal.family")
public record FamilyProperties(Period certificateValidity, Period certificateReminderLead, Period certificateRetention,
		int pageSize) {
}
