package de.pflegeverbund.provider;

/**
 * Published when a Träger has been taken out of service; its users must lose access at
 * once.
 */
public record ProviderDeactivated(long providerId) {
}
