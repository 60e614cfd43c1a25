package de.pflegeverbund.family;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates of one Träger's families and placements for a period (no records).
 *
 * @param byStatus families by their status at the end of the period (families created
 * later are not counted)
 * @param activePlacements placements running at the end of the period, by care type
 * @param startedPlacements placements started within the period, by care type
 * @param endedPlacements placements ended within the period, by care type
 * @param endReasons placements ended within the period, by reason
 */
public record FamilyFigures(long providerId, Map<FamilyStatus, Long> byStatus, Map<CareType, Long> activePlacements,
		Map<CareType, Long> startedPlacements, Map<CareType, Long> endedPlacements,
		Map<PlacementEndReason, Long> endReasons) {

	public static FamilyFigures empty(long providerId) {
		return new FamilyFigures(providerId, new EnumMap<>(FamilyStatus.class), new EnumMap<>(CareType.class),
				new EnumMap<>(CareType.class), new EnumMap<>(CareType.class), new EnumMap<>(PlacementEndReason.class));
	}

	/**
	 * Families still looked after at the end of the period.
	 */
	public long activeFamilies() {
		return byStatus.entrySet().stream().filter(e -> e.getKey().isActive()).mapToLong(Map.Entry::getValue).sum();
	}

	/**
	 * A family that was looked after on a day, with what decides when it is due.
	 *
	 * @param since the day it was created
	 */
	public record ActiveFamily(long id, long providerId, Set<CareType> careTypes, LocalDate since) {
	}

}
