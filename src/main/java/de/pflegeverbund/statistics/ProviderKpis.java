package de.pflegeverbund.statistics;

import java.util.Map;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.PlacementEndReason;
import org.jspecify.annotations.Nullable;

/**
 * The key figures of one Träger (or of the network, {@code providerId} 0) for a period.
 *
 * @param byStatus families by status at the end of the period
 * @param activeFamilies families looked after at the end of the period
 * @param activeByType placements running at the end of the period, by care type
 * @param startedByType placements started within the period, by care type
 * @param endedByType placements ended within the period, by care type
 * @param overdueFamilies active families overdue for a contact at the end of the period
 * @param counsellors active accounts with the role Fachberatung
 * @param counsellorsOnSupervisionTarget of them, those who reach their (pro-rata)
 * supervision target of the period's year
 */
public record ProviderKpis(long providerId, String name, Map<FamilyStatus, Long> byStatus, long activeFamilies,
		Map<CareType, Long> activeByType, Map<CareType, Long> startedByType, Map<CareType, Long> endedByType,
		Map<PlacementEndReason, Long> endReasons, long inquiries, long conversions, long visits, long overdueFamilies,
		long counsellors, long counsellorsOnSupervisionTarget) {

	public long status(FamilyStatus status) {
		return byStatus.getOrDefault(status, 0L);
	}

	public long activePlacements() {
		return sum(activeByType);
	}

	public long startedPlacements() {
		return sum(startedByType);
	}

	public long endedPlacements() {
		return sum(endedByType);
	}

	/** Contacts per family looked after; {@code null} without families. */
	public @Nullable Double visitsPerFamily() {
		return ratio(visits, activeFamilies);
	}

	/** Share of overdue families in percent; {@code null} without families. */
	public @Nullable Double overduePercent() {
		Double ratio = ratio(overdueFamilies, activeFamilies);
		return (ratio != null) ? ratio * 100 : null;
	}

	/** Families per counsellor; {@code null} without counsellors. */
	public @Nullable Double familiesPerCounsellor() {
		return ratio(activeFamilies, counsellors);
	}

	/**
	 * Share of counsellors on their supervision target, in percent; {@code null} without
	 * counsellors.
	 */
	public @Nullable Double supervisionPercent() {
		Double ratio = ratio(counsellorsOnSupervisionTarget, counsellors);
		return (ratio != null) ? ratio * 100 : null;
	}

	/**
	 * Share of inquiries that became a family, in percent; {@code null} without
	 * inquiries.
	 */
	public @Nullable Double conversionPercent() {
		Double ratio = ratio(conversions, inquiries);
		return (ratio != null) ? ratio * 100 : null;
	}

	private static long sum(Map<?, Long> values) {
		return values.values().stream().mapToLong(Long::longValue).sum();
	}

	private static @Nullable Double ratio(long count, long base) {
		return (base == 0) ? null : (double) count / base;
	}

}
