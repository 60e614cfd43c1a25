package de.pflegeverbund.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.PlacementEndReason;
import de.pflegeverbund.statistics.ProviderKpis;
import de.pflegeverbund.statistics.Statistics;
import de.pflegeverbund.statistics.StatisticsPeriod;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboards: the state office's table of every Träger with network totals and the
 * trend, the drill-down into one Träger's aggregates, and the Leitung's own figures with
 * one row per counsellor. The period comes as {@code ?jahr=2026&quartal=3}.
 */
@Controller
class StatisticsController {

	private final Statistics statistics;

	private final ExportTables tables;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * Träger per page of the network table: some 700 rows of 20 cells were most of the
	 * page's cost and more than anyone reads on a screen; the exports carry them all.
	 */
	static final int PAGE_SIZE = 50;

	private static final int MAX_SEARCH = 100;

	private final Map<List<Object>, RenderedTable> rendered = new ConcurrentHashMap<>();

	StatisticsController(Statistics statistics, ExportTables tables, MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.tables = tables;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/koordination/statistik")
	String network(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable Integer jahr,
			@RequestParam(required = false) @Nullable Integer quartal,
			@RequestParam(required = false) @Nullable String suche, @RequestParam(defaultValue = "0") int seite,
			HttpServletRequest request, Model model) {
		String contextPath = request.getContextPath();
		StatisticsPeriod period = period(jahr, quartal, model);
		List<ProviderKpis> rows = statistics.network(user, period);
		List<Object> key = List.of(period, LocaleContextHolder.getLocale(), contextPath);
		RenderedTable table = rendered.get(key);
		if (table == null || table.rows() != rows) {
			// the figures were computed again (or never rendered): render once for all
			table = render(rows, period, contextPath);
			rendered.put(key, table);
		}
		String search = (suche == null || suche.isBlank()) ? null : suche.strip();
		if (search != null && search.length() > MAX_SEARCH) {
			search = search.substring(0, MAX_SEARCH);
		}
		List<String> matching = table.matching(search);
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(seite, 0), pages - 1);
		int from = page * PAGE_SIZE;
		int to = Math.min(from + PAGE_SIZE, matching.size());
		model.addAttribute("header", table.header());
		model.addAttribute("rowsHtml", String.join("", matching.subList(from, to)));
		model.addAttribute("totalHtml", table.totalHtml());
		model.addAttribute("search", search);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("shownFrom", (from < to) ? from + 1 : 0);
		model.addAttribute("shownTo", to);
		model.addAttribute("matching", matching.size());
		model.addAttribute("providerCount", rows.size());
		model.addAttribute("trend", statistics.trend(user, text("statistics.total")));
		model.addAttribute("suppress", true);
		return "statistics/network";
	}

	@GetMapping("/koordination/statistik/traeger/{providerId}")
	String provider(@AuthenticationPrincipal PortalUser user, @PathVariable long providerId,
			@RequestParam(required = false) @Nullable Integer jahr,
			@RequestParam(required = false) @Nullable Integer quartal, Model model) {
		StatisticsPeriod period = period(jahr, quartal, model);
		model.addAttribute("kpis", statistics.provider(user, providerId, period));
		model.addAttribute("trend", statistics.providerTrend(user, providerId));
		model.addAttribute("suppress", true);
		return "statistics/provider";
	}

	@GetMapping("/leitung/statistik")
	String own(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable Integer jahr,
			@RequestParam(required = false) @Nullable Integer quartal, Model model) {
		StatisticsPeriod period = period(jahr, quartal, model);
		model.addAttribute("kpis", statistics.provider(user, user.requireProviderId(), period));
		model.addAttribute("trend", statistics.providerTrend(user, user.requireProviderId()));
		model.addAttribute("counsellors", statistics.counsellors(user, period));
		model.addAttribute("suppress", false);
		return "statistics/provider";
	}

	/**
	 * The network table rendered from one list of figures: the statistics hand out the
	 * same list until they compute the figures again, so every coordinator's request in
	 * between reuses the HTML instead of formatting 700 × 20 cells again.
	 *
	 * @param rows the figures rendered
	 * @param header the column titles
	 * @param rowsHtml one table row per Träger, in the figures' order (by name)
	 * @param names the Träger's names in lower case, for the search
	 * @param totalHtml the row of the network total
	 */
	private record RenderedTable(List<ProviderKpis> rows, List<String> header, List<String> rowsHtml,
			List<String> names, String totalHtml) {

		/** The rows of the Träger whose name contains the search, all without one. */
		List<String> matching(@Nullable String search) {
			if (search == null) {
				return this.rowsHtml;
			}
			String wanted = search.toLowerCase(Locale.GERMAN);
			List<String> matching = new ArrayList<>();
			for (int i = 0; i < this.names.size(); i++) {
				if (this.names.get(i).contains(wanted)) {
					matching.add(this.rowsHtml.get(i));
				}
			}
			return matching;
		}

	}

	private RenderedTable render(List<ProviderKpis> rows, StatisticsPeriod period, String contextPath) {
		ProviderKpis total = statistics.totals(rows, text("statistics.total"));
		ExportTable table = tables.network(rows, total, text("statistics.network.caption"));
		List<String> html = new ArrayList<>(rows.size());
		List<String> names = new ArrayList<>(rows.size());
		String query = "?jahr=" + period.year() + ((period.quarter() != null) ? "&quartal=" + period.quarter() : "");
		for (int i = 0; i < rows.size(); i++) {
			String link = contextPath + "/koordination/statistik/traeger/" + rows.get(i).providerId() + query;
			html.add("<tr>" + rowHtml(table.rows().get(i), link) + "</tr>\n");
			names.add(rows.get(i).name().toLowerCase(Locale.GERMAN));
		}
		return new RenderedTable(rows, table.header(), List.copyOf(html), List.copyOf(names),
				rowHtml(table.rows().get(rows.size()), null));
	}

	/**
	 * One table row as HTML, every text escaped: the network table has some 700 rows of
	 * 20 cells, which rendered cell by cell in the template would take most of the
	 * request. The cells carry no class (the table's {@code figures} class aligns them):
	 * one per cell made up half of the page's bytes, and every byte is copied and encoded
	 * on each request.
	 */
	private static String rowHtml(List<ExportTable.Cell> cells, @Nullable String link) {
		StringBuilder html = new StringBuilder("<th scope=\"row\">");
		String name = HtmlUtils.htmlEscape(cells.get(0).text(), "UTF-8");
		html.append((link != null) ? "<a href=\"" + HtmlUtils.htmlEscape(link, "UTF-8") + "\">" + name + "</a>" : name)
			.append("</th>");
		for (int c = 1; c < cells.size(); c++) {
			html.append("<td>").append(HtmlUtils.htmlEscape(cells.get(c).text(), "UTF-8")).append("</td>");
		}
		return html.toString();
	}

	private StatisticsPeriod period(@Nullable Integer year, @Nullable Integer quarter, Model model) {
		LocalDate today = LocalDate.now(clock);
		StatisticsPeriod period = StatisticsPeriod.of(year, quarter, today);
		model.addAttribute("period", period);
		model.addAttribute("asOf", period.asOf(today));
		List<Integer> years = new ArrayList<>(statistics.trendYears());
		java.util.Collections.reverse(years);
		model.addAttribute("years", years);
		model.addAttribute("statuses", List.of(FamilyStatus.values()));
		model.addAttribute("careTypes", List.of(CareType.values()));
		model.addAttribute("endReasons", List.of(PlacementEndReason.values()));
		return period;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
