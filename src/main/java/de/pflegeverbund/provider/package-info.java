/**
 * Träger of the network: master data, service areas (postal-code prefixes) and their
 * administration by the coordinator. {@link de.pflegeverbund.provider.ProviderManagement}
 * is the module's API.
 */
@NullMarked
package de.pflegeverbund.provider;

import org.jspecify.annotations.NullMarked;
