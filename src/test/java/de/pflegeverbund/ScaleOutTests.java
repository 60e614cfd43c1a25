package de.pflegeverbund;

import java.net.http.HttpResponse;
import java.util.List;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.inquiry.domain.InquiryErasures;
import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two more instances of the portal on the database of the tests, with the sessions in
 * PostgreSQL and the job locks as in production: a sign-in on one instance is valid on
 * the other, signing out or deactivating an account there ends it everywhere, a page
 * reads its session once, and a scheduled job started on both runs once.
 */
class ScaleOutTests extends PortalIntegrationTest {

	private static final String PASSWORD = "ein langes Skalierungs-Passwort";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = instance();
		second = instance();
	}

	@AfterAll
	static void stopThem() {
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	private static ConfigurableApplicationContext instance() {
		// command-line arguments: above application-test.properties, which keeps the
		// sessions in the container
		return new SpringApplicationBuilder(PortalApplication.class).profiles("test", "demo")
			.run("--server.port=0", "--spring.autoconfigure.exclude=", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + MAIL.getSmtp().getPort());
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
	}

	@Test
	void aSignInOnOneInstanceIsValidOnTheOtherAndSigningOutEndsItEverywhere() {
		BrowserlessSession onFirst = new BrowserlessSession(port(first)).login(COUNSELLOR_1, DEMO_PASSWORD);
		BrowserlessSession onSecond = onFirst.onPort(port(second));

		HttpResponse<String> home = onSecond.get("/fachberatung");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Meine Familien");
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				COUNSELLOR_1))
			.isPositive();

		assertThat(onSecond.post("/logout", BrowserlessSession.csrfOf(home), "x=1").statusCode()).isEqualTo(302);
		HttpResponse<String> afterLogout = onFirst.get("/fachberatung");
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("/login"));
	}

	@Test
	void aPageReadsItsSessionFromTheDatabaseOnce() {
		BrowserlessSession counsellor = new BrowserlessSession(port(first)).login(COUNSELLOR_1, DEMO_PASSWORD);
		assertThat(counsellor.get("/fachberatung").statusCode()).isEqualTo(200);
		jdbc.execute("create extension if not exists pg_stat_statements");
		jdbc.execute("select pg_stat_statements_reset()");
		for (int i = 0; i < 5; i++) {
			assertThat(counsellor.get("/fachberatung").statusCode()).isEqualTo(200);
		}
		assertThat(jdbc.queryForObject("""
				select coalesce(sum(calls), 0) from pg_stat_statements
				where query ilike 'select%from spring_session %' and query not ilike '%principal_name =%'""",
				Long.class))
			.as("session reads for five pages")
			.isEqualTo(5);
		assertThat(jdbc.queryForObject(
				"select coalesce(sum(calls), 0) from pg_stat_statements " + "where query like '%set_config%'",
				Long.class))
			.as("transactions with a row scope: one per page (its due list), not for the session or the audit log")
			.isBetween(5L, 10L);
	}

	@Test
	void deactivatingAnAccountOnOneInstanceEndsItsSessionOnTheOther() {
		String email = uniqueEmail("skalierung");
		long account = first.getBean(AccountManagement.class)
			.provision(email, "Skalierung Fachberatung", Role.COUNSELLOR, providerIdOf(ADMIN_1), PASSWORD);
		BrowserlessSession counsellor = new BrowserlessSession(port(second)).login(email, PASSWORD);
		assertThat(counsellor.get("/fachberatung").statusCode()).isEqualTo(200);

		BrowserlessSession lead = new BrowserlessSession(port(first)).login(ADMIN_1, DEMO_PASSWORD);
		HttpResponse<String> staff = lead.get("/verwaltung/mitarbeitende");
		assertThat(lead
			.post("/verwaltung/mitarbeitende/" + account + "/deaktivieren", BrowserlessSession.csrfOf(staff), "x=1")
			.statusCode()).isEqualTo(302);

		HttpResponse<String> next = counsellor.get("/fachberatung");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
	}

	@Test
	void aScheduledJobStartedOnBothInstancesRunsOnce() {
		releaseLock();
		long stale = staleInquiry();

		first.getBean(InquiryErasures.class).runDaily();
		assertThat(jdbc.queryForObject("select count(*) from inquiry where id = ?", Long.class, stale)).isZero();

		long staleAgain = staleInquiry();
		second.getBean(InquiryErasures.class).runDaily();
		assertThat(jdbc.queryForObject("select count(*) from inquiry where id = ?", Long.class, staleAgain))
			.as("the second instance skipped the job: it had run within lockAtLeastFor")
			.isOne();
		assertThat(jdbc.queryForObject("select lock_until > now() from shedlock where name = 'inquiry-erasures'",
				Boolean.class))
			.isTrue();

		releaseLock();
		second.getBean(InquiryErasures.class).runDaily();
		assertThat(jdbc.queryForObject("select count(*) from inquiry where id = ?", Long.class, staleAgain))
			.as("once the lock is gone, the next run erases it")
			.isZero();
	}

	/** As if the lock had timed out (ShedLock keeps its row). */
	private void releaseLock() {
		jdbc.update("update shedlock set lock_until = now() - interval '1 second' where name = 'inquiry-erasures'");
	}

	/** A withdrawn inquiry closed two years ago, past its retention. */
	private long staleInquiry() {
		return jdbc.queryForObject("""
				insert into inquiry (provider_id, status, first_name, last_name, birth_year, phone, postal_code, city,
				    adults, children, preferred_age, qualification, contact_time, consent_at, submission_key,
				    received_at, last_activity_at, closed_at)
				values (?, 'WITHDRAWN', 'Skalierung', 'Test', 1980, '0251 1', '48143', 'Münster', 2, 0, 'ANY', 'NONE',
				    'ANY', now() - interval '2 years', gen_random_uuid(), now() - interval '2 years',
				    now() - interval '2 years', now() - interval '2 years')
				returning id""", Long.class, providerIdOf(ADMIN_1));
	}

}
