/**
 * Supervision log and quality assurance: sessions of the professionals of a Träger
 * (Einzel-, Team-, Fallsupervision, kollegiale Beratung, Arbeitskreis) with families only
 * by pseudonym; attendance of network Arbeitskreise counted automatically; yearly target
 * hours per counsellor; the Leitung's quality page and the coordinator's share of
 * counsellors meeting the target. Contents are visible to the participants only.
 */
@NullMarked
package de.pflegeverbund.supervision;

import org.jspecify.annotations.NullMarked;
