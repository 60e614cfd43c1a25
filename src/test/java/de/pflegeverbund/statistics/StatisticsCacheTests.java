package de.pflegeverbund.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.assignment.AssignmentManagement;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.inquiry.InquiryManagement;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.supervision.SupervisionManagement;
import de.pflegeverbund.support.PortalIntegrationTest;
import de.pflegeverbund.visit.VisitManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long computed figures are reused, on a clock of the test's own: figures the
 * background job computed stay in use until its next run has finished, so a dashboard
 * never computes them itself while the job is at it; afterwards they are computed anew.
 * Figures being computed are not computed a second time for whoever asks meanwhile.
 */
class StatisticsCacheTests extends PortalIntegrationTest {

	private static final Duration TTL = Duration.ofMinutes(10);

	@Autowired
	ProviderManagement providers;

	@Autowired
	FamilyManagement families;

	@Autowired
	VisitManagement visits;

	@Autowired
	InquiryManagement inquiries;

	@Autowired
	AssignmentManagement assignments;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SupervisionManagement supervision;

	@Test
	void figuresOfTheBackgroundJobLastUntilItsNextRunHasFinished() {
		MovableClock clock = new MovableClock(Instant.now());
		Statistics statistics = statisticsOn(clock);
		StatisticsPeriod year = currentYear(clock);

		statistics.warmUp();
		List<ProviderKpis> computed = statistics.network(coordinator(), year);
		String name = unique("Neuer Träger");
		providers.create(new ProviderData(name, "Teststadt", uniqueEmail("neu"), null, List.of()));

		// past cache-ttl, while the next run would be computing: the job's figures, not
		// computed again by the request
		clock.now = clock.now.plus(TTL).plus(Duration.ofMinutes(5));
		assertThat(statistics.network(coordinator(), year)).isSameAs(computed)
			.noneMatch(row -> row.name().equals(name));

		// once the next run should have finished: computed anew
		clock.now = clock.now.plus(TTL);
		assertThat(statistics.network(coordinator(), year)).anyMatch(row -> row.name().equals(name));
	}

	@Test
	void figuresADashboardComputedLastForCacheTtl() {
		MovableClock clock = new MovableClock(Instant.now());
		Statistics statistics = statisticsOn(clock);
		StatisticsPeriod year = currentYear(clock);

		List<ProviderKpis> computed = statistics.network(coordinator(), year);
		String name = unique("Neuer Träger");
		providers.create(new ProviderData(name, "Teststadt", uniqueEmail("neu"), null, List.of()));

		clock.now = clock.now.plus(TTL).minusSeconds(1);
		assertThat(statistics.network(coordinator(), year)).isSameAs(computed);
		clock.now = clock.now.plusSeconds(2);
		assertThat(statistics.network(coordinator(), year)).anyMatch(row -> row.name().equals(name));
	}

	@Test
	void aDashboardAskingWhileTheFiguresAreComputedWaitsForThemInsteadOfComputingThemAgain() throws Exception {
		MovableClock clock = new MovableClock(Instant.now());
		Statistics statistics = statisticsOn(clock);
		StatisticsPeriod year = currentYear(clock);
		PortalUser coordinator = coordinator();
		// the first computation stops at its first look at the clock until released
		clock.stopNextLook();
		CompletableFuture<List<ProviderKpis>> first = CompletableFuture
			.supplyAsync(() -> statistics.network(coordinator, year));
		assertThat(clock.stopped.await(30, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<List<ProviderKpis>> second = new CompletableFuture<>();
		Thread asking = new Thread(() -> second.complete(statistics.network(coordinator, year)));
		asking.start();
		// the second request waits for the first (or, computing on its own, finishes)
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (asking.getState() != Thread.State.WAITING && asking.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		clock.release.countDown();

		assertThat(second.get(60, TimeUnit.SECONDS)).isSameAs(first.get(60, TimeUnit.SECONDS));
	}

	/** Statistics of their own, on the given clock, with a cache-ttl of {@link #TTL}. */
	private Statistics statisticsOn(Clock clock) {
		return new Statistics(providers, families, visits, inquiries, assignments, accounts, supervision,
				new StatisticsProperties(3, TTL, Duration.ofHours(24), Duration.ofSeconds(30), 5), clock);
	}

	private PortalUser coordinator() {
		return (PortalUser) userDetailsService.loadUserByUsername(COORDINATOR);
	}

	private static StatisticsPeriod currentYear(MovableClock clock) {
		return new StatisticsPeriod(clock.now.atZone(clock.getZone()).getYear(), null);
	}

	/** A clock the test sets, and that can hold up whoever looks at it next. */
	static final class MovableClock extends Clock {

		volatile Instant now;

		private final AtomicBoolean stopNext = new AtomicBoolean();

		final CountDownLatch stopped = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/Berlin");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		/** The next look at the clock waits until {@link #release} is counted down. */
		void stopNextLook() {
			this.stopNext.set(true);
		}

		@Override
		public Instant instant() {
			if (this.stopNext.compareAndSet(true, false)) {
				this.stopped.countDown();
				try {
					this.release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return this.now;
		}

	}

}
