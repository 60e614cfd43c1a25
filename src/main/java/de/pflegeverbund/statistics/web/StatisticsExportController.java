package de.pflegeverbund.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.statistics.CounsellorKpis;
import de.pflegeverbund.statistics.ProviderKpis;
import de.pflegeverbund.statistics.Statistics;
import de.pflegeverbund.statistics.StatisticsPeriod;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every statistics table as CSV and XLSX, and the yearly report as PDF: for the state
 * office the network table (small counts suppressed) and one Träger's aggregates; for the
 * Leitung its own figures with one row per counsellor.
 */
@Controller
class StatisticsExportController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Statistics statistics;

	private final ExportTables tables;

	private final ExportFormats formats;

	private final Figures figures;

	private final MessageSource messages;

	private final Clock clock;

	StatisticsExportController(Statistics statistics, ExportTables tables, ExportFormats formats, Figures figures,
			MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.tables = tables;
		this.formats = formats;
		this.figures = figures;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/koordination/statistik/export.{format:csv|xlsx}")
	ResponseEntity<byte[]> network(@AuthenticationPrincipal PortalUser user, @PathVariable String format,
			@RequestParam(required = false) @Nullable Integer jahr,
			@RequestParam(required = false) @Nullable Integer quartal) {
		StatisticsPeriod period = period(jahr, quartal);
		List<ExportTable> content = List.of(networkTable(user, period),
				tables.trend(statistics.trend(user, text("statistics.total")), trendYears(), true));
		return file(format, "statistik-traeger-" + period.label(), content);
	}

	@GetMapping("/koordination/statistik/traeger/{providerId}/export.{format:csv|xlsx}")
	ResponseEntity<byte[]> provider(@AuthenticationPrincipal PortalUser user, @PathVariable long providerId,
			@PathVariable String format, @RequestParam(required = false) @Nullable Integer jahr,
			@RequestParam(required = false) @Nullable Integer quartal) {
		StatisticsPeriod period = period(jahr, quartal);
		ProviderKpis kpis = statistics.provider(user, providerId, period);
		List<ExportTable> content = new ArrayList<>(tables.provider(kpis, null, true));
		content.add(tables.trend(statistics.providerTrend(user, providerId), trendYears(), true));
		return file(format, "statistik-traeger-" + providerId + "-" + period.label(), content);
	}

	@GetMapping("/leitung/statistik/export.{format:csv|xlsx}")
	ResponseEntity<byte[]> own(@AuthenticationPrincipal PortalUser user, @PathVariable String format,
			@RequestParam(required = false) @Nullable Integer jahr,
			@RequestParam(required = false) @Nullable Integer quartal) {
		StatisticsPeriod period = period(jahr, quartal);
		ProviderKpis kpis = statistics.provider(user, user.requireProviderId(), period);
		List<CounsellorKpis> counsellors = statistics.counsellors(user, period);
		List<ExportTable> content = new ArrayList<>(tables.provider(kpis, counsellors, false));
		content.add(tables.trend(statistics.providerTrend(user, user.requireProviderId()), trendYears(), false));
		return file(format, "statistik-" + period.label(), content);
	}

	@GetMapping("/koordination/statistik/bericht.pdf")
	ResponseEntity<byte[]> networkReport(@AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) @Nullable Integer jahr) {
		StatisticsPeriod period = period(jahr, null);
		List<ExportTable> content = new ArrayList<>();
		content.add(networkTable(user, period));
		List<ProviderKpis> trend = statistics.trend(user, text("statistics.total"));
		content.add(tables.trend(trend, trendYears(), true));
		return pdf("statistik-bericht-" + period.label(), text("statistics.report.networkTitle", period.year()),
				content, chart(trend, ProviderKpis::activeFamilies, true));
	}

	@GetMapping("/koordination/statistik/traeger/{providerId}/bericht.pdf")
	ResponseEntity<byte[]> providerReport(@AuthenticationPrincipal PortalUser user, @PathVariable long providerId,
			@RequestParam(required = false) @Nullable Integer jahr) {
		StatisticsPeriod period = period(jahr, null);
		ProviderKpis kpis = statistics.provider(user, providerId, period);
		List<ExportTable> content = new ArrayList<>(tables.provider(kpis, null, true));
		List<ProviderKpis> trend = statistics.providerTrend(user, providerId);
		content.add(tables.trend(trend, trendYears(), true));
		return pdf("statistik-bericht-" + providerId + "-" + period.label(),
				text("statistics.report.providerTitle", kpis.name(), period.year()), content,
				chart(trend, ProviderKpis::activeFamilies, true));
	}

	@GetMapping("/leitung/statistik/bericht.pdf")
	ResponseEntity<byte[]> ownReport(@AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) @Nullable Integer jahr) {
		StatisticsPeriod period = period(jahr, null);
		ProviderKpis kpis = statistics.provider(user, user.requireProviderId(), period);
		List<ExportTable> content = new ArrayList<>(tables.provider(kpis, statistics.counsellors(user, period), false));
		List<ProviderKpis> trend = statistics.providerTrend(user, user.requireProviderId());
		content.add(tables.trend(trend, trendYears(), false));
		return pdf("statistik-bericht-" + period.label(),
				text("statistics.report.providerTitle", kpis.name(), period.year()), content,
				chart(trend, ProviderKpis::activeFamilies, false));
	}

	private ExportTable networkTable(PortalUser user, StatisticsPeriod period) {
		List<ProviderKpis> rows = statistics.network(user, period);
		return tables.network(rows, statistics.totals(rows, text("statistics.total")),
				text("statistics.network.caption"));
	}

	private List<ExportFormats.ChartBar> chart(List<ProviderKpis> trend, ToLongFunction<ProviderKpis> value,
			boolean suppress) {
		List<Integer> years = trendYears();
		long max = Math.max(1, trend.stream().mapToLong(value).max().orElse(1));
		List<ExportFormats.ChartBar> bars = new ArrayList<>();
		for (int i = 0; i < trend.size(); i++) {
			long v = value.applyAsLong(trend.get(i));
			boolean hidden = suppress && figures.isSmall(v);
			bars.add(new ExportFormats.ChartBar(String.valueOf(years.get(i)), figures.count(v, suppress),
					hidden ? 0 : (int) (100 * v / max)));
		}
		return bars;
	}

	private List<Integer> trendYears() {
		return statistics.trendYears();
	}

	private StatisticsPeriod period(@Nullable Integer year, @Nullable Integer quarter) {
		return StatisticsPeriod.of(year, quarter, LocalDate.now(clock));
	}

	private ResponseEntity<byte[]> file(String format, String name, List<ExportTable> content) {
		boolean csv = "csv".equals(format);
		return ResponseEntity.ok()
			.contentType(csv ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format).build().toString())
			.body(csv ? formats.csv(content) : formats.xlsx(content));
	}

	private ResponseEntity<byte[]> pdf(String name, String title, List<ExportTable> content,
			List<ExportFormats.ChartBar> chart) {
		String subtitle = text("statistics.report.subtitle",
				LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
				figures.threshold());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".pdf").build().toString())
			.body(formats.pdf(title, subtitle, content, chart));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.GERMAN);
	}

}
