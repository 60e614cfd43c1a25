package de.pflegeverbund.statistics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.PlacementEndReason;
import de.pflegeverbund.provider.ProviderData;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates a Träger with random families (status histories), placements, contacts and
 * inquiries straight into the tables, computes every key figure independently in Java
 * from what it generated, and compares them with what the statistics report.
 */
class StatisticsCorrectnessTests extends PortalIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Map<CareType, Integer> DEFAULT_INTERVALS = Map.of(CareType.EMERGENCY, 14, CareType.SHORT_TERM,
			14, CareType.PROFESSIONAL, 28, CareType.LONG_TERM, 42, CareType.KINSHIP, 42);

	@Autowired
	ProviderManagement providers;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Statistics statistics;

	record Family(long id, List<Object[]> statuses, EnumSet<CareType> careTypes) {

		FamilyStatus statusAt(LocalDate day) {
			FamilyStatus result = null;
			for (Object[] change : statuses) {
				if (!((LocalDate) change[1]).isAfter(day)) {
					result = (FamilyStatus) change[0];
				}
			}
			return result;
		}

		LocalDate since() {
			return (LocalDate) statuses.get(0)[1];
		}

	}

	record Placement(CareType type, LocalDate started, LocalDate ended, PlacementEndReason reason) {
	}

	@Test
	void dashboardFiguresMatchTheRawRows() throws Exception {
		Random random = new Random(4711);
		int year = today().getYear() - 1;
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		long providerId = providers.create(
				new ProviderData(unique("Statistik-Träger"), "Teststadt", uniqueEmail("statistik"), null, List.of()));
		long counsellor = accounts.provision(uniqueEmail("statistik-fk"), "Fachkraft Statistik", Role.COUNSELLOR,
				providerId, "ein langes Statistik-Passwort");
		accounts.provision(uniqueEmail("statistik-fk2"), "Fachkraft Zwei", Role.COUNSELLOR, providerId,
				"ein langes Statistik-Passwort");

		List<Family> families = new ArrayList<>();
		List<Placement> placements = new ArrayList<>();
		List<LocalDate> visits = new ArrayList<>();
		Map<Long, LocalDate> lastVisit = new HashMap<>();
		for (int f = 0; f < 40; f++) {
			LocalDate created = from.minusDays(400).plusDays(random.nextInt(700));
			EnumSet<CareType> types = EnumSet.of(CareType.values()[random.nextInt(5)]);
			if (random.nextBoolean()) {
				types.add(CareType.values()[random.nextInt(5)]);
			}
			List<Object[]> statuses = new ArrayList<>();
			statuses.add(new Object[] { FamilyStatus.IN_ASSESSMENT, created });
			LocalDate day = created;
			FamilyStatus[] path = { FamilyStatus.SUITABLE, FamilyStatus.AVAILABLE, FamilyStatus.OCCUPIED,
					FamilyStatus.PAUSED, FamilyStatus.ENDED };
			int steps = random.nextInt(path.length + 1);
			for (int s = 0; s < steps; s++) {
				day = day.plusDays(1 + random.nextInt(120));
				statuses.add(new Object[] { path[s], day });
			}
			FamilyStatus current = (FamilyStatus) statuses.get(statuses.size() - 1)[0];
			long id = jdbc.queryForObject(
					"""
							insert into foster_family (provider_id, name, postal_code, city, care_types, places, status, care_permit, created_at)
							values (?, ?, '48143', 'Münster', ?, 2, ?, 'PENDING', ?) returning id
							""",
					Long.class, providerId, "Statistik " + f,
					types.stream().map(Enum::name).collect(Collectors.joining(",")), current.name(),
					Timestamp.from(created.atStartOfDay(ZONE).toInstant()));
			FamilyStatus previous = null;
			for (Object[] change : statuses) {
				jdbc.update("""
						insert into family_status_change (family_id, provider_id, from_status, to_status, changed_on)
						values (?, ?, ?, ?, ?)
						""", id, providerId, (previous != null) ? previous.name() : null,
						((FamilyStatus) change[0]).name(), Date.valueOf((LocalDate) change[1]));
				previous = (FamilyStatus) change[0];
			}
			families.add(new Family(id, statuses, types));
			for (int p = 0; p < random.nextInt(3); p++) {
				LocalDate started = created.plusDays(random.nextInt(500));
				LocalDate ended = random.nextBoolean() ? started.plusDays(random.nextInt(400)) : null;
				PlacementEndReason reason = (ended != null)
						? PlacementEndReason.values()[random.nextInt(PlacementEndReason.values().length)] : null;
				CareType type = CareType.values()[random.nextInt(5)];
				jdbc.update(
						"""
								insert into placement (family_id, provider_id, child_alias, birth_year, care_type, placing_office,
								    started_on, ended_on, end_reason) values (?, ?, 'K. S.', 2015, ?, 'Jugendamt', ?, ?, ?)
								""",
						id, providerId, type.name(), Date.valueOf(started),
						(ended != null) ? Date.valueOf(ended) : null, (reason != null) ? reason.name() : null);
				placements.add(new Placement(type, started, ended, reason));
			}
			for (int v = 0; v < random.nextInt(12); v++) {
				LocalDate on = created.plusDays(random.nextInt(700));
				jdbc.update("""
						insert into visit (provider_id, family_id, author_id, occurred_at, duration_minutes, kind,
						    child_spoken_alone, submission_key) values (?, ?, ?, ?, 30, 'HOME_VISIT', true, ?)
						""", providerId, id, counsellor, Timestamp.from(on.atTime(10, 0).atZone(ZONE).toInstant()),
						UUID.randomUUID());
				visits.add(on);
				if (!on.isAfter(to)) {
					lastVisit.merge(id, on, (a, b) -> a.isAfter(b) ? a : b);
				}
			}
		}
		int received = 0;
		int converted = 0;
		for (int i = 0; i < 25; i++) {
			LocalDate on = from.minusDays(60).plusDays(random.nextInt(480));
			boolean erased = random.nextInt(3) == 0;
			boolean becameFamily = random.nextInt(4) == 0;
			if (erased) {
				jdbc.update(
						"""
								insert into inquiry_erasure (provider_id, received_on, last_status, converted, reason, erased_at)
								values (?, ?, 'DECLINED', ?, 'CLOSED', now())
								""",
						providerId, Date.valueOf(on), becameFamily);
			}
			else {
				Long familyId = becameFamily ? families.get(i).id() : null;
				jdbc.update(
						"""
								insert into inquiry (provider_id, status, first_name, last_name, birth_year, phone, postal_code, city,
								    adults, children, preferred_age, qualification, contact_time, consent_at, submission_key,
								    family_id, received_at, last_activity_at, closed_at)
								values (?, ?, 'Vorname', 'Nachname', 1980, '0251 1', '48143', 'Münster', 1, 0, 'ANY', 'NONE', 'ANY',
								    now(), ?, ?, ?, now(), ?)
								""",
						providerId, becameFamily ? "SUITABLE" : "NEW", UUID.randomUUID(), familyId,
						Timestamp.from(on.atTime(12, 0).atZone(ZONE).toInstant()),
						becameFamily ? Timestamp.from(java.time.Instant.now()) : null);
			}
			if (!on.isBefore(from) && !on.isAfter(to)) {
				received++;
				if (becameFamily) {
					converted++;
				}
			}
		}
		statistics.evict();

		PortalUser coordinator = (PortalUser) userDetailsService.loadUserByUsername(COORDINATOR);
		ProviderKpis kpis = statistics.provider(coordinator, providerId, new StatisticsPeriod(year, null));

		Map<FamilyStatus, Long> byStatus = new EnumMap<>(FamilyStatus.class);
		long overdue = 0;
		long active = 0;
		for (Family family : families) {
			FamilyStatus status = family.statusAt(to);
			if (status == null) {
				continue;
			}
			byStatus.merge(status, 1L, Long::sum);
			if (status != FamilyStatus.ENDED) {
				active++;
				int interval = family.careTypes().stream().mapToInt(DEFAULT_INTERVALS::get).min().orElseThrow();
				LocalDate reference = lastVisit.getOrDefault(family.id(), family.since());
				if (reference.plusDays(interval).isBefore(to)) {
					overdue++;
				}
			}
		}
		Map<CareType, Long> activeByType = new EnumMap<>(CareType.class);
		Map<CareType, Long> startedByType = new EnumMap<>(CareType.class);
		Map<CareType, Long> endedByType = new EnumMap<>(CareType.class);
		Map<PlacementEndReason, Long> reasons = new EnumMap<>(PlacementEndReason.class);
		for (Placement p : placements) {
			if (!p.started().isAfter(to) && (p.ended() == null || p.ended().isAfter(to))) {
				activeByType.merge(p.type(), 1L, Long::sum);
			}
			if (!p.started().isBefore(from) && !p.started().isAfter(to)) {
				startedByType.merge(p.type(), 1L, Long::sum);
			}
			if (p.ended() != null && !p.ended().isBefore(from) && !p.ended().isAfter(to)) {
				endedByType.merge(p.type(), 1L, Long::sum);
				reasons.merge(p.reason(), 1L, Long::sum);
			}
		}
		long visitsInYear = visits.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();

		assertThat(kpis.byStatus()).isEqualTo(byStatus);
		assertThat(kpis.activeFamilies()).isEqualTo(active);
		assertThat(kpis.activeByType()).isEqualTo(activeByType);
		assertThat(kpis.startedByType()).isEqualTo(startedByType);
		assertThat(kpis.endedByType()).isEqualTo(endedByType);
		assertThat(kpis.endReasons()).isEqualTo(reasons);
		assertThat(kpis.visits()).isEqualTo(visitsInYear);
		assertThat(kpis.overdueFamilies()).isEqualTo(overdue);
		assertThat(kpis.inquiries()).isEqualTo(received);
		assertThat(kpis.conversions()).isEqualTo(converted);
		assertThat(kpis.counsellors()).isEqualTo(2);
		assertThat(active).isPositive();
		assertThat(visitsInYear).isPositive();

		String page = mvc.get()
			.uri("/koordination/statistik/traeger/" + providerId + "?jahr=" + year)
			.with(as(COORDINATOR))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(">" + (active < 3 && active > 0 ? "&lt; 3" : String.valueOf(active)) + "<");
	}

}
