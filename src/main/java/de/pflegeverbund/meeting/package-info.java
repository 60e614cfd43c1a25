/**
 * Network meetings: Netzwerktreffen, Arbeitskreise, Kooperationstreffen, Online-Seminare,
 * Beteiligungswerkstätten and events for foster families, organised by the state office
 * or a Träger, with their audience, capacity and registrations (waiting list).
 */
@NullMarked
package de.pflegeverbund.meeting;

import org.jspecify.annotations.NullMarked;
