package de.pflegeverbund.family.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyFigures;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.PlacementEndReason;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Set-based aggregate queries over the family tables for the statistics: one query per
 * concern for all Träger at once (or one).
 */
@Component
public class FamilyStatistics {

	/** The status of each family on a day: its latest change on or before it. */
	private static final String STATUS_AT = """
			select distinct on (c.family_id) c.family_id, c.provider_id, c.to_status
			from family_status_change c
			where c.changed_on <= ? and (?::bigint is null or c.provider_id = ?)
			order by c.family_id, c.changed_on desc, c.id desc
			""";

	private final JdbcTemplate jdbc;

	FamilyStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, FamilyFigures> figures(LocalDate from, LocalDate to, @Nullable Long providerId) {
		Map<Long, FamilyFigures> result = new HashMap<>();
		jdbc.query("select s.provider_id, s.to_status, count(*) from (" + STATUS_AT + ") s group by 1, 2", rs -> {
			figures(result, rs.getLong(1)).byStatus().put(FamilyStatus.valueOf(rs.getString(2)), rs.getLong(3));
		}, Date.valueOf(to), providerId, providerId);
		jdbc.query("""
				select provider_id, care_type,
				    count(*) filter (where started_on <= ? and (ended_on is null or ended_on > ?)),
				    count(*) filter (where started_on between ? and ?),
				    count(*) filter (where ended_on between ? and ?)
				from placement where (?::bigint is null or provider_id = ?) and started_on <= ?
				group by 1, 2
				""", rs -> {
			FamilyFigures figures = figures(result, rs.getLong(1));
			CareType type = CareType.valueOf(rs.getString(2));
			putIfPositive(figures.activePlacements(), type, rs.getLong(3));
			putIfPositive(figures.startedPlacements(), type, rs.getLong(4));
			putIfPositive(figures.endedPlacements(), type, rs.getLong(5));
		}, Date.valueOf(to), Date.valueOf(to), Date.valueOf(from), Date.valueOf(to), Date.valueOf(from),
				Date.valueOf(to), providerId, providerId, Date.valueOf(to));
		jdbc.query("""
				select provider_id, end_reason, count(*) from placement
				where ended_on between ? and ? and (?::bigint is null or provider_id = ?) group by 1, 2
				""", rs -> {
			figures(result, rs.getLong(1)).endReasons().put(PlacementEndReason.valueOf(rs.getString(2)), rs.getLong(3));
		}, Date.valueOf(from), Date.valueOf(to), providerId, providerId);
		return result;
	}

	/**
	 * The families looked after on a day (status at that day not "beendet").
	 */
	public List<FamilyFigures.ActiveFamily> activeAt(LocalDate day, @Nullable Long providerId) {
		// one Träger: a condition its index can serve (a prepared "? is null or …" would
		// scan every Träger's rows)
		String ofProvider = (providerId != null) ? "and c.provider_id = ?" : "";
		Object[] parameters = (providerId != null) ? new Object[] { Date.valueOf(day), providerId }
				: new Object[] { Date.valueOf(day) };
		return jdbc.query("""
				select f.id, f.provider_id, f.care_types, s.since
				from (select distinct on (c.family_id) c.family_id, c.to_status,
				          min(c.changed_on) over (partition by c.family_id) as since
				      from family_status_change c
				      where c.changed_on <= ? %s
				      order by c.family_id, c.changed_on desc, c.id desc) s
				join foster_family f on f.id = s.family_id
				where s.to_status <> 'ENDED'
				""".formatted(ofProvider), (rs, row) -> new FamilyFigures.ActiveFamily(rs.getLong(1), rs.getLong(2),
				careTypes(rs.getString(3)), rs.getDate(4).toLocalDate()), parameters);
	}

	private static EnumSet<CareType> careTypes(String value) {
		EnumSet<CareType> types = EnumSet.noneOf(CareType.class);
		Arrays.stream(value.split(",")).filter(name -> !name.isBlank()).map(CareType::valueOf).forEach(types::add);
		return types;
	}

	private static FamilyFigures figures(Map<Long, FamilyFigures> result, long providerId) {
		return result.computeIfAbsent(providerId, FamilyFigures::empty);
	}

	private static <K> void putIfPositive(Map<K, Long> map, K key, long value) {
		if (value > 0) {
			map.put(key, value);
		}
	}

}
