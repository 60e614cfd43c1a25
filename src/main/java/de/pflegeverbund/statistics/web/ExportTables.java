package de.pflegeverbund.statistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.PlacementEndReason;
import de.pflegeverbund.statistics.CounsellorKpis;
import de.pflegeverbund.statistics.ProviderKpis;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the export tables from the key figures, applying the suppression of small counts
 * where asked.
 */
@Component
class ExportTables {

	private final Figures figures;

	private final MessageSource messages;

	ExportTables(Figures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	/**
	 * One row per Träger and the network total.
	 */
	ExportTable network(List<ProviderKpis> rows, ProviderKpis total, String title) {
		List<String> header = new ArrayList<>(List.of(text("statistics.provider"), text("statistics.families.active")));
		for (FamilyStatus status : FamilyStatus.values()) {
			header.add(text("family.status." + status.name()));
		}
		header.addAll(List.of(text("statistics.placements.activeShort"), text("statistics.placements.startedShort"),
				text("statistics.placements.endedShort"), text("statistics.inquiries"), text("statistics.conversions"),
				text("statistics.conversionPercent"), text("statistics.visits"), text("statistics.visitsPerFamily"),
				text("statistics.overdue"), text("statistics.overduePercent"), text("statistics.counsellors"),
				text("statistics.familiesPerCounsellor"), text("statistics.supervisionPercent")));
		List<List<ExportTable.Cell>> cells = new ArrayList<>();
		for (ProviderKpis row : rows) {
			cells.add(networkRow(row));
		}
		cells.add(networkRow(total));
		return new ExportTable(title, header, cells);
	}

	private List<ExportTable.Cell> networkRow(ProviderKpis k) {
		List<ExportTable.Cell> row = new ArrayList<>();
		row.add(ExportTable.Cell.text(k.name()));
		row.add(count(k.activeFamilies(), true));
		for (FamilyStatus status : FamilyStatus.values()) {
			row.add(count(k.status(status), true));
		}
		row.add(count(k.activePlacements(), true));
		row.add(count(k.startedPlacements(), true));
		row.add(count(k.endedPlacements(), true));
		row.add(count(k.inquiries(), true));
		row.add(count(k.conversions(), true));
		row.add(ratio(k.conversionPercent(), k.conversions(), k.inquiries(), true));
		row.add(count(k.visits(), true));
		row.add(ratio(k.visitsPerFamily(), k.visits(), k.activeFamilies(), true));
		row.add(count(k.overdueFamilies(), true));
		row.add(ratio(k.overduePercent(), k.overdueFamilies(), k.activeFamilies(), true));
		row.add(count(k.counsellors(), true));
		row.add(ratio(k.familiesPerCounsellor(), k.activeFamilies(), k.counsellors(), true));
		row.add(ratio(k.supervisionPercent(), k.counsellorsOnSupervisionTarget(), k.counsellors(), true));
		return row;
	}

	/**
	 * The detail tables of one Träger: families by status, key figures, placements by
	 * care type, end reasons, and (for the Leitung) one row per counsellor.
	 */
	List<ExportTable> provider(ProviderKpis k, @Nullable List<CounsellorKpis> counsellors, boolean suppress) {
		List<ExportTable> tables = new ArrayList<>();
		List<List<ExportTable.Cell>> status = new ArrayList<>();
		for (FamilyStatus value : FamilyStatus.values()) {
			status.add(List.of(ExportTable.Cell.text(text("family.status." + value.name())),
					count(k.status(value), suppress)));
		}
		status.add(List.of(ExportTable.Cell.text(text("statistics.families.active")),
				count(k.activeFamilies(), suppress)));
		tables.add(new ExportTable(text("statistics.families.caption"),
				List.of(text("statistics.families.status"), text("statistics.count")), status));
		tables.add(new ExportTable(text("statistics.work.caption"),
				List.of(text("statistics.figure"), text("statistics.value")),
				List.of(pair("statistics.inquiries", count(k.inquiries(), suppress)),
						pair("statistics.conversions", count(k.conversions(), suppress)),
						pair("statistics.conversionPercent",
								ratio(k.conversionPercent(), k.conversions(), k.inquiries(), suppress)),
						pair("statistics.visits", count(k.visits(), suppress)),
						pair("statistics.visitsPerFamily",
								ratio(k.visitsPerFamily(), k.visits(), k.activeFamilies(), suppress)),
						pair("statistics.overdue", count(k.overdueFamilies(), suppress)),
						pair("statistics.overduePercent",
								ratio(k.overduePercent(), k.overdueFamilies(), k.activeFamilies(), suppress)),
						pair("statistics.counsellors", count(k.counsellors(), suppress)),
						pair("statistics.familiesPerCounsellor",
								ratio(k.familiesPerCounsellor(), k.activeFamilies(), k.counsellors(), suppress)))));
		List<List<ExportTable.Cell>> placements = new ArrayList<>();
		for (CareType type : CareType.values()) {
			placements.add(List.of(ExportTable.Cell.text(text("careType." + type.name())),
					count(k.activeByType().getOrDefault(type, 0L), suppress),
					count(k.startedByType().getOrDefault(type, 0L), suppress),
					count(k.endedByType().getOrDefault(type, 0L), suppress)));
		}
		placements.add(List.of(ExportTable.Cell.text(text("statistics.sum")), count(k.activePlacements(), suppress),
				count(k.startedPlacements(), suppress), count(k.endedPlacements(), suppress)));
		tables.add(
				new ExportTable(text("statistics.placements.caption"),
						List.of(text("statistics.placements.careType"), text("statistics.placements.active"),
								text("statistics.placements.started"), text("statistics.placements.ended")),
						placements));
		List<List<ExportTable.Cell>> reasons = new ArrayList<>();
		for (PlacementEndReason reason : PlacementEndReason.values()) {
			reasons.add(List.of(ExportTable.Cell.text(text("family.endReason." + reason.name())),
					count(k.endReasons().getOrDefault(reason, 0L), suppress)));
		}
		tables.add(new ExportTable(text("statistics.endReasons.caption"),
				List.of(text("statistics.endReasons.reason"), text("statistics.count")), reasons));
		if (counsellors != null) {
			List<List<ExportTable.Cell>> rows = new ArrayList<>();
			for (CounsellorKpis c : counsellors) {
				rows.add(List.of(ExportTable.Cell.text(c.name()), count(c.families(), false), count(c.visits(), false),
						ratio(c.visitsPerFamily(), c.visits(), c.families(), false), count(c.overdueFamilies(), false),
						ratio(c.overduePercent(), c.overdueFamilies(), c.families(), false)));
			}
			tables.add(new ExportTable(text("statistics.counsellor.caption"),
					List.of(text("statistics.counsellor.name"), text("statistics.counsellor.families"),
							text("statistics.visits"), text("statistics.visitsPerFamily"), text("statistics.overdue"),
							text("statistics.overduePercent")),
					rows));
		}
		return tables;
	}

	/**
	 * The trend: one row per year.
	 */
	ExportTable trend(List<ProviderKpis> years, List<Integer> labels, boolean suppress) {
		List<List<ExportTable.Cell>> rows = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			ProviderKpis k = years.get(i);
			rows.add(List.of(ExportTable.Cell.text(String.valueOf(labels.get(i))), count(k.activeFamilies(), suppress),
					count(k.activePlacements(), suppress), count(k.inquiries(), suppress),
					count(k.visits(), suppress)));
		}
		return new ExportTable(text("statistics.trend.caption"),
				List.of(text("statistics.period.year"), text("statistics.families.active"),
						text("statistics.placements.activeShort"), text("statistics.inquiries"),
						text("statistics.visits")),
				rows);
	}

	private List<ExportTable.Cell> pair(String key, ExportTable.Cell value) {
		return List.of(ExportTable.Cell.text(text(key)), value);
	}

	private ExportTable.Cell count(long value, boolean suppress) {
		String shown = figures.count(value, suppress);
		return new ExportTable.Cell(shown, (suppress && figures.isSmall(value)) ? null : value);
	}

	private ExportTable.Cell ratio(@Nullable Double value, long numerator, long base, boolean suppress) {
		String shown = figures.ratio(value, numerator, base, suppress);
		boolean hidden = value == null || (suppress && (figures.isSmall(numerator) || figures.isSmall(base)));
		return new ExportTable.Cell(shown, hidden ? null : Math.round(value * 10) / 10.0);
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.GERMAN);
	}

}
