package de.pflegeverbund.benchmark;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.pflegeverbund.PortalApplication;
import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hot queries are index-backed: on a database of its own at network scale (about
 * 250,000 visits), an instance of the portal serves the everyday pages of a counsellor, a
 * Leitung and a family; PostgreSQL records every statement it ran
 * ({@code pg_stat_statements}), and each one's generic plan — as the portal's role, under
 * the row-level security — must not read a large table sequentially. The coordinator's
 * pages and an interest form sent to the state office's inbox are among them.
 */
class HotQueryPlanTests extends PortalIntegrationTest {

	/** Tables with more rows than this are large. */
	private static final int LARGE = 10_000;

	private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

	@Test
	void everyStatementOfTheEverydayPagesUsesAnIndexOnLargeTables() throws Exception {
		String server = environmentUrl().replaceAll("/postgres(\\?.*)?$", "");
		jdbc.execute("drop database if exists hot_query_plans with (force)");
		jdbc.execute("create database hot_query_plans");
		String url = server + "/hot_query_plans";
		try (ConfigurableApplicationContext instance = new SpringApplicationBuilder(PortalApplication.class)
			.profiles("test", "demo")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + MAIL.getSmtp().getPort())) {
			SingleConnectionDataSource owner = new SingleConnectionDataSource(url, "postgres", "", true);
			JdbcTemplate scale = new JdbcTemplate(owner);
			String hash = scale.queryForObject("select password_hash from user_account where email = ?", String.class,
					COUNSELLOR_1);
			// the test: network scale; -Dportal.plans.scale=NATIONAL looks at the
			// national data set (takes minutes)
			if ("NATIONAL".equals(System.getProperty("portal.plans.scale"))) {
				ScaleData.load(scale, ScaleData.Scale.NATIONAL, hash);
			}
			else {
				NetworkScaleData.load(scale, hash);
			}
			scale.execute("analyze");
			scale.execute("create extension if not exists pg_stat_statements");
			scale.execute("select pg_stat_statements_reset()");

			everydayPages(scale, Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port")));

			Set<String> large = new TreeSet<>(scale.queryForList(
					"select relname from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace "
							+ "and reltuples > ?",
					String.class, LARGE));
			assertThat(large).as("the data is at scale").contains("visit");
			List<Map<String, Object>> statements = scale.queryForList("""
					select query, calls from pg_stat_statements
					where dbid = (select oid from pg_database where datname = current_database())
					  and query ~* '^\\s*(select|insert|update|delete|with)\\s'
					  and query !~* 'pg_stat_statements|pg_class'""");
			assertThat(statements).as("statements recorded").hasSizeGreaterThan(20);
			long provider = scale.queryForObject("select provider_id from user_account where email = ?", Long.class,
					ADMIN_1);
			// the simple query protocol, so that the $n of the recorded statements reach
			// EXPLAIN as they are
			SingleConnectionDataSource explainer = new SingleConnectionDataSource(url + "?preferQueryMode=simple",
					"postgres", "", true);
			JdbcTemplate explain = new JdbcTemplate(explainer);
			List<String> sequential = new ArrayList<>();
			List<String> unexplained = new ArrayList<>();
			explain.execute("set role portal_app");
			explain.execute("select set_config('portal.providers', '" + provider + "', false)");
			try {
				for (Map<String, Object> statement : statements) {
					String query = (String) statement.get("query");
					String plan;
					try {
						plan = String.join("\n", explain.queryForList("explain (generic_plan) " + query, String.class));
					}
					catch (org.springframework.dao.DataAccessException ex) {
						unexplained
							.add(query.replaceAll("\\s+", " ") + " (" + ex.getMostSpecificCause().getMessage() + ")");
						continue;
					}
					Matcher matcher = SEQ_SCAN.matcher(plan);
					while (matcher.find()) {
						if (large.contains(matcher.group(1))) {
							sequential.add(matcher.group(1) + " ← " + query.replaceAll("\\s+", " "));
						}
					}
				}
			}
			finally {
				explainer.destroy();
				owner.destroy();
			}
			assertThat(sequential).as("statements that read a large table sequentially").isEmpty();
			assertThat(unexplained.size()).as("statements whose generic plan PostgreSQL cannot make: %s", unexplained)
				.isLessThan(statements.size() / 10);
		}
		finally {
			jdbc.execute("drop database if exists hot_query_plans with (force)");
		}
	}

	private String environmentUrl() {
		return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
	}

	private static void everydayPages(JdbcTemplate scale, int port) {
		long family = scale.queryForObject("""
				select min(a.family_id) from counsellor_assignment a join user_account u on u.id = a.counsellor_id
				where u.email = ? and a.ended_on is null""", Long.class, COUNSELLOR_1);
		BrowserlessSession counsellor = new BrowserlessSession(port).login(COUNSELLOR_1, DEMO_PASSWORD);
		for (String page : List.of("/fachberatung", "/familien", "/familien/" + family,
				"/familien/" + family + "/kontakte", "/anfragen", "/supervision", "/veranstaltungen")) {
			assertThat(counsellor.get(page).statusCode()).as(page).isEqualTo(200);
		}
		String csrf = BrowserlessSession.csrfOf(counsellor.get("/familien/" + family + "/kontakte/neu"));
		assertThat(counsellor
			.post("/familien/" + family + "/kontakte", csrf,
					"submissionKey=" + UUID.randomUUID() + "&occurredAt="
							+ LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(1).withNano(0).withSecond(0)
							+ "&durationMinutes=45&kind=HOME_VISIT&childSpokenAlone=true&topics=Plan")
			.statusCode()).isEqualTo(302);
		BrowserlessSession lead = new BrowserlessSession(port).login(ADMIN_1, DEMO_PASSWORD);
		for (String page : List.of("/leitung", "/familien", "/familien/" + family, "/leitung/fallzahlen",
				"/familien/fuehrungszeugnisse", "/anfragen", "/leitung/protokoll")) {
			assertThat(lead.get(page).statusCode()).as(page).isEqualTo(200);
		}
		BrowserlessSession familyUser = new BrowserlessSession(port).login(FAMILY_1, DEMO_PASSWORD);
		assertThat(familyUser.get("/familie").statusCode()).isEqualTo(200);
		BrowserlessSession coordinator = new BrowserlessSession(port).login(COORDINATOR, DEMO_PASSWORD);
		// not the statistics: computed in the background over whole tables, where reading
		// them sequentially is the plan (StatisticsBenchmark)
		for (String page : List.of("/koordination", "/koordination/anfragen")) {
			assertThat(coordinator.get(page).statusCode()).as(page).isEqualTo(200);
		}
		// the interest form from a postal code no Träger covers: to the state office's
		// inbox, mailed to its coordinators (the form's minimum fill time is 1 s here)
		InquiryBenchmark.send(new BrowserlessSession(port), 1, true, 1100);
	}

}
