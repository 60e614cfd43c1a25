/**
 * The family portal and the complaint channel: foster parents invited by their counsellor
 * see their own family only (household, counsellor, planned contacts, summaries shared
 * with them, family events), ask for corrections, download their data (Art. 15 GDPR);
 * family members and young people raise concerns (§ 37b SGB VIII) to the Leitung of the
 * Träger or to an independent contact at the state office, also without an account with a
 * code; per family the protection concept applied and the day the child was told about
 * the ways to raise a concern.
 */
@NullMarked
package de.pflegeverbund.familyportal;

import org.jspecify.annotations.NullMarked;
