package de.pflegeverbund.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.account.StaffSummary;
import de.pflegeverbund.assignment.AssignmentManagement;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyFigures;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.PlacementEndReason;
import de.pflegeverbund.inquiry.InquiryFigures;
import de.pflegeverbund.inquiry.InquiryManagement;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.supervision.Compliance;
import de.pflegeverbund.supervision.SupervisionManagement;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.visit.VisitManagement;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The statistics module's API: key figures per Träger, for the network and per
 * counsellor, gathered from the other modules' aggregate queries. Figures of a period are
 * computed once and reused (running period: {@code portal.statistics.cache-ttl}; ended
 * periods: {@code portal.statistics.ended-period-ttl}); those of the current year and the
 * trend are computed ahead in the background. The coordinator sees every Träger, a
 * Leitung its own; nobody else any.
 */
@Service
public class Statistics {

	private static final Log logger = LogFactory.getLog(Statistics.class);

	private final ProviderManagement providers;

	private final FamilyManagement families;

	private final VisitManagement visits;

	private final InquiryManagement inquiries;

	private final AssignmentManagement assignments;

	private final AccountManagement accounts;

	private final SupervisionManagement supervision;

	private final StatisticsProperties properties;

	private final Clock clock;

	private final Map<List<Object>, Cached<?>> cache = new ConcurrentHashMap<>();

	/** The computations running now, by key. */
	private final Map<List<Object>, CompletableFuture<Object>> computing = new ConcurrentHashMap<>();

	/**
	 * The network's totals of each trend year, with the figures they were added up from:
	 * every dashboard shows the trend, and adding up 700 Träger five times per request
	 * was most of its work.
	 */
	private final Map<Integer, YearTotals> trendTotals = new ConcurrentHashMap<>();

	Statistics(ProviderManagement providers, FamilyManagement families, VisitManagement visits,
			InquiryManagement inquiries, AssignmentManagement assignments, AccountManagement accounts,
			SupervisionManagement supervision, StatisticsProperties properties, Clock clock) {
		this.supervision = supervision;
		this.providers = providers;
		this.families = families;
		this.visits = visits;
		this.inquiries = inquiries;
		this.assignments = assignments;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One row per Träger (active or not, by name) for the state office.
	 */
	public List<ProviderKpis> network(PortalUser user, StatisticsPeriod period) {
		requireCoordinator(user);
		return networkRows(period);
	}

	/**
	 * The network totals of the rows.
	 */
	public ProviderKpis totals(List<ProviderKpis> rows, String name) {
		Map<FamilyStatus, Long> byStatus = new EnumMap<>(FamilyStatus.class);
		Map<CareType, Long> active = new EnumMap<>(CareType.class);
		Map<CareType, Long> started = new EnumMap<>(CareType.class);
		Map<CareType, Long> ended = new EnumMap<>(CareType.class);
		Map<PlacementEndReason, Long> reasons = new EnumMap<>(PlacementEndReason.class);
		for (ProviderKpis row : rows) {
			row.byStatus().forEach((k, v) -> byStatus.merge(k, v, Long::sum));
			row.activeByType().forEach((k, v) -> active.merge(k, v, Long::sum));
			row.startedByType().forEach((k, v) -> started.merge(k, v, Long::sum));
			row.endedByType().forEach((k, v) -> ended.merge(k, v, Long::sum));
			row.endReasons().forEach((k, v) -> reasons.merge(k, v, Long::sum));
		}
		return new ProviderKpis(0, name, byStatus, sum(rows, ProviderKpis::activeFamilies), active, started, ended,
				reasons, sum(rows, ProviderKpis::inquiries), sum(rows, ProviderKpis::conversions),
				sum(rows, ProviderKpis::visits), sum(rows, ProviderKpis::overdueFamilies),
				sum(rows, ProviderKpis::counsellors), sum(rows, ProviderKpis::counsellorsOnSupervisionTarget));
	}

	private static long sum(List<ProviderKpis> rows, java.util.function.ToLongFunction<ProviderKpis> figure) {
		return rows.stream().mapToLong(figure).sum();
	}

	/**
	 * The years of the trend, oldest first, ending with the current one.
	 */
	public List<Integer> trendYears() {
		int current = LocalDate.now(clock).getYear();
		return java.util.stream.IntStream.rangeClosed(current - properties.trendYears() + 1, current).boxed().toList();
	}

	/**
	 * The figures of one Träger: for the coordinator any, for a Leitung its own.
	 */
	public ProviderKpis provider(PortalUser user, long providerId, StatisticsPeriod period) {
		requireAllowed(user, providerId);
		return networkRows(period).stream()
			.filter(row -> row.providerId() == providerId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The figures per counsellor of the Leitung's own Träger.
	 */
	@SuppressWarnings("unchecked")
	public List<CounsellorKpis> counsellors(PortalUser user, StatisticsPeriod period) {
		if (!user.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
		long providerId = user.requireProviderId();
		return (List<CounsellorKpis>) cached(List.of("counsellors", providerId, period),
				() -> counsellorRows(providerId, period));
	}

	/**
	 * The network totals for each of the last years (the current one so far), oldest
	 * first, for the trend.
	 */
	public List<ProviderKpis> trend(PortalUser user, String name) {
		requireCoordinator(user);
		return trendOf(null, name);
	}

	/**
	 * One Träger's figures for each of the last years, oldest first.
	 */
	public List<ProviderKpis> providerTrend(PortalUser user, long providerId) {
		requireAllowed(user, providerId);
		return trendOf(providerId, "");
	}

	private List<ProviderKpis> trendOf(Long providerId, String name) {
		List<ProviderKpis> years = new ArrayList<>();
		for (int year : trendYears()) {
			List<ProviderKpis> rows = networkRows(new StatisticsPeriod(year, null));
			if (providerId == null) {
				YearTotals known = trendTotals.get(year);
				if (known == null || known.rows() != rows) {
					// figures computed again since: added up again
					known = new YearTotals(rows, totals(rows, String.valueOf(year)));
					trendTotals.put(year, known);
				}
				years.add(known.totals());
			}
			else {
				rows.stream().filter(row -> row.providerId() == providerId).findFirst().ifPresent(years::add);
			}
		}
		return years;
	}

	@SuppressWarnings("unchecked")
	private List<ProviderKpis> networkRows(StatisticsPeriod period) {
		return (List<ProviderKpis>) cached(List.of("network", period), () -> computeNetwork(period));
	}

	/**
	 * Computes the figures of the current year and of the trend in the background, so
	 * that the dashboards find them ready: at start-up and then every
	 * {@code portal.statistics.cache-ttl}. What it computes is kept until the next run
	 * has finished, so that no dashboard waits for figures that are just being computed
	 * anew.
	 */
	@Scheduled(initialDelayString = "${portal.statistics.warm-up-delay}",
			fixedDelayString = "${portal.statistics.cache-ttl}")
	void warmUp() {
		long started = System.nanoTime();
		// until the next run (cache-ttl after this one) has finished, if it takes no
		// longer than cache-ttl
		Duration untilNextRun = properties.cacheTtl().multipliedBy(2);
		int current = LocalDate.now(clock).getYear();
		StatisticsPeriod currentYear = new StatisticsPeriod(current, null);
		computeOnce(List.of("network", currentYear), () -> computeNetwork(currentYear), () -> untilNextRun);
		for (int year = current - properties.trendYears() + 1; year < current; year++) {
			StatisticsPeriod period = new StatisticsPeriod(year, null);
			List<Object> key = List.of("network", period);
			Cached<?> hit = cache.get(key);
			if (hit == null || hit.until().isBefore(clock.instant().plus(untilNextRun))) {
				computeOnce(key, () -> computeNetwork(period),
						() -> (keep(period).compareTo(untilNextRun) > 0) ? keep(period) : untilNextRun);
			}
		}
		logger.info("Statistics of " + current + " and of the trend computed in the background in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	private List<ProviderKpis> computeNetwork(StatisticsPeriod period) {
		LocalDate asOf = period.asOf(LocalDate.now(clock));
		LocalDate from = period.from();
		LocalDate to = period.to().isAfter(asOf) ? asOf : period.to();
		Map<Long, FamilyFigures> familyFigures = families.figures(from, asOf, null);
		Map<Long, Long> visitCounts = visits.visitCounts(from, to, null);
		Map<Long, InquiryFigures> inquiryFigures = inquiries.figures(from, to);
		Map<Long, Long> counsellors = accounts.activeCounsellorCounts();
		Map<Long, Compliance> compliance = supervision.compliance(period.year());
		Map<Long, Long> overdue = new java.util.HashMap<>();
		visits.overdueFamilies(asOf, null).values().forEach(provider -> overdue.merge(provider, 1L, Long::sum));
		List<ProviderKpis> rows = new ArrayList<>();
		for (ProviderSummary provider : providers.findAll()) {
			long id = provider.id();
			FamilyFigures figures = familyFigures.getOrDefault(id, FamilyFigures.empty(id));
			InquiryFigures inquiry = inquiryFigures.getOrDefault(id, new InquiryFigures(0, 0));
			rows.add(new ProviderKpis(id, provider.name(), figures.byStatus(), figures.activeFamilies(),
					figures.activePlacements(), figures.startedPlacements(), figures.endedPlacements(),
					figures.endReasons(), inquiry.received(), inquiry.converted(), visitCounts.getOrDefault(id, 0L),
					overdue.getOrDefault(id, 0L), counsellors.getOrDefault(id, 0L),
					(compliance.containsKey(id)) ? compliance.get(id).meetingTarget() : 0L));
		}
		rows.sort(Comparator.comparing(ProviderKpis::name, String.CASE_INSENSITIVE_ORDER));
		return rows;
	}

	private List<CounsellorKpis> counsellorRows(long providerId, StatisticsPeriod period) {
		LocalDate asOf = period.asOf(LocalDate.now(clock));
		LocalDate to = period.to().isAfter(asOf) ? asOf : period.to();
		Map<Long, Long> primaries = assignments.primaryCounsellorsAt(providerId, asOf);
		Set<Long> active = new java.util.HashSet<>();
		families.activeFamiliesAt(asOf, providerId).forEach(family -> active.add(family.id()));
		Set<Long> overdue = visits.overdueFamilies(asOf, providerId).keySet();
		Map<Long, Long> visitCounts = visits.visitCountsByAuthor(providerId, period.from(), to);
		List<CounsellorKpis> rows = new ArrayList<>();
		for (StaffSummary staff : accounts.activeStaffOf(providerId)) {
			long families = primaries.entrySet()
				.stream()
				.filter(e -> e.getValue() == staff.id() && active.contains(e.getKey()))
				.count();
			long late = primaries.entrySet()
				.stream()
				.filter(e -> e.getValue() == staff.id() && overdue.contains(e.getKey()))
				.count();
			long recorded = visitCounts.getOrDefault(staff.id(), 0L);
			if (staff.role() == Role.COUNSELLOR || families > 0 || recorded > 0) {
				rows.add(new CounsellorKpis(staff.id(), staff.displayName(), families, recorded, late));
			}
		}
		return rows;
	}

	private Object cached(List<Object> key, Supplier<?> compute) {
		Cached<?> hit = cache.get(key);
		if (hit != null && hit.until().isAfter(clock.instant())) {
			return hit.value();
		}
		return computeOnce(key, compute, () -> keep((StatisticsPeriod) key.get(key.size() - 1)));
	}

	/**
	 * Computes the figures of a key and keeps them for the time {@code keep} gives once
	 * they are computed. Whoever asks for the same key meanwhile waits for this result
	 * instead of computing it a second time: at national scale one computation takes
	 * seconds of CPU.
	 */
	private Object computeOnce(List<Object> key, Supplier<?> compute, Supplier<Duration> keep) {
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> running = computing.putIfAbsent(key, mine);
		if (running != null) {
			try {
				return running.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}
		try {
			Object value = compute.get();
			cache.put(key, new Cached<>(value, clock.instant().plus(keep.get())));
			mine.complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			computing.remove(key, mine);
		}
	}

	/**
	 * Figures of a period that has ended change only through late entries: they are kept
	 * for a day; those of the running period for {@code portal.statistics.cache-ttl}.
	 */
	private Duration keep(StatisticsPeriod period) {
		boolean ended = period.to().isBefore(LocalDate.now(clock));
		return ended ? properties.endedPeriodTtl() : properties.cacheTtl();
	}

	/**
	 * Forgets every computed figure (tests, and after bulk changes).
	 */
	public void evict() {
		cache.clear();
		trendTotals.clear();
	}

	private static void requireCoordinator(PortalUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new NotFoundException();
		}
	}

	private static void requireAllowed(PortalUser user, long providerId) {
		boolean own = user.hasRole(Role.PROVIDER_ADMIN) && user.providerId() != null && user.providerId() == providerId;
		if (!user.hasRole(Role.COORDINATOR) && !own) {
			throw new NotFoundException();
		}
	}

	private record YearTotals(List<ProviderKpis> rows, ProviderKpis totals) {
	}

	private record Cached<T>(T value, Instant until) {
	}

}
