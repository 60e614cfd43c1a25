package de.pflegeverbund.audit;

import java.util.List;
import java.util.Map;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The audit log records reads, writes and sign-ins, cannot be changed, detects tampering,
 * and the Leitung sees and exports only its Träger's events.
 */
class AuditLogTests extends PortalIntegrationTest {

	@Autowired
	AuditLog log;

	@Autowired
	AccountManagement accounts;

	Map<String, Object> lastEventOf(String email) {
		return jdbc.queryForMap("""
				select e.* from audit_event e join user_account u on u.id = e.account_id
				where u.email = ? order by e.id desc limit 1""", email);
	}

	@Test
	void readsWritesAndSignInsAreRecordedWithoutQueryStrings() {
		long family = jdbc.queryForObject("select min(id) from foster_family where provider_id = ?", Long.class,
				providerIdOf(ADMIN_1));
		assertThat(mvc.get().uri("/familien/" + family + "?tab=geheim").with(as(ADMIN_1))).hasStatusOk();
		Map<String, Object> read = lastEventOf(ADMIN_1);
		assertThat(read).containsEntry("action", "READ")
			.containsEntry("record_type", "familien")
			.containsEntry("record_id", family)
			.containsEntry("route", "GET /familien/{id}")
			.containsEntry("status", 200)
			.containsEntry("provider_id", providerIdOf(ADMIN_1));

		mvc.post().uri("/familien/" + family + "/schutzkonzept").with(as(ADMIN_1)).with(csrf()).exchange();
		assertThat(lastEventOf(ADMIN_1)).containsEntry("action", "WRITE")
			.containsEntry("record_type", "familien/schutzkonzept")
			.containsEntry("record_id", family);

		assertThat(mvc.get().uri("/familien/" + family).with(as(COUNSELLOR_2))).hasStatus(404);
		assertThat(lastEventOf(COUNSELLOR_2)).containsEntry("record_id", family).containsEntry("status", 404);

		signIn(COUNSELLOR_1, DEMO_PASSWORD);
		assertThat(jdbc.queryForObject("""
				select e.action from audit_event e join user_account u on u.id = e.account_id
				where u.email = ? and e.action = 'LOGIN' order by e.id desc limit 1""", String.class, COUNSELLOR_1))
			.isEqualTo("LOGIN");
		long failedBefore = jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED'",
				Long.class);
		mvc.post().uri("/login").param("username", COUNSELLOR_1).param("password", "falsch").with(csrf()).exchange();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED'", Long.class))
			.isEqualTo(failedBefore + 1);
		assertThat(jdbc.queryForList("select route from audit_event where route like '%?%'", String.class)).isEmpty();
	}

	@Test
	void theLogIsAppendOnly() {
		mvc.get().uri("/leitung").with(as(ADMIN_1)).exchange();
		assertThatThrownBy(() -> jdbc
			.update("update audit_event set route = 'x' where id = (select max(id) from " + "audit_event)"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = (select max(id) from audit_event)"))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);
		// the portal's own role may not even try
		assertThatThrownBy(() -> appJdbc.update("delete from audit_event where id = (select max(id) from audit_event)"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
		long before = log.count();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<?>> appends = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				long record = i;
				appends.add(pool.submit(() -> log.append(null, null, "READ", "nebenlaeufig", record, "GET /x", 200)));
			}
			for (java.util.concurrent.Future<?> append : appends) {
				append.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(log.count()).isEqualTo(before + 200);
		assertThat(log.verify()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_event a join audit_event b "
				+ "on a.previous_hash = b.previous_hash and a.id < b.id", Long.class))
			.as("no two events follow the same one")
			.isZero();
	}

	@Test
	@Transactional // rolled back: the tampering and the switched-off trigger are undone
	void verificationFindsAChangedEvent() {
		mvc.get().uri("/leitung").with(as(ADMIN_1)).exchange();
		mvc.get().uri("/leitung").with(as(ADMIN_1)).exchange();
		assertThat(log.verify()).isEmpty();
		appJdbc.execute("set local role postgres"); // the owner of the table, for this
													// transaction only
		long id = appJdbc.queryForObject("select max(id) from audit_event", Long.class) - 1;
		appJdbc.execute("alter table audit_event disable trigger audit_event_append_only");
		appJdbc.update("update audit_event set record_id = 4711 where id = ?", id);
		assertThat(log.verify()).contains(id);
	}

	@Test
	void theLeitungSeesAndExportsOnlyItsOwnTraegersEvents() throws Exception {
		String otherLead = uniqueEmail("leitung-protokoll");
		accounts.provision(otherLead, "Leitung Protokoll", Role.PROVIDER_ADMIN, providerIdOf(COUNSELLOR_2),
				"ein langes Protokoll-Passwort");
		long family = jdbc.queryForObject("select min(id) from foster_family where provider_id = ?", Long.class,
				providerIdOf(ADMIN_1));
		mvc.get().uri("/familien/" + family).with(as(ADMIN_1)).exchange();

		MvcTestResult page = mvc.get().uri("/leitung/protokoll").with(as(ADMIN_1)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("GET /familien/{id}", "familien " + family);
		MvcTestResult csv = mvc.get().uri("/leitung/protokoll.csv").with(as(ADMIN_1)).exchange();
		assertThat(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("\uFEFFid;time_utc;")
			.contains(";READ;familien;" + family + ";GET /familien/{id};200");
		assertThat(mvc.get().uri("/leitung/protokoll").with(as(otherLead))).bodyText()
			.doesNotContain("familien " + family + "<");
		for (String other : List.of(COUNSELLOR_1, COORDINATOR, FAMILY_1)) {
			assertThat(mvc.get().uri("/leitung/protokoll").with(as(other))).hasStatus(403);
			assertThat(mvc.get().uri("/leitung/protokoll.csv").with(as(other))).hasStatus(403);
		}
		assertThat(mvc.get().uri("/leitung/protokoll")).hasStatus3xxRedirection();
	}

	@Test
	void recordTypeAndIdComeFromTheRoute() {
		assertThat(AuditRecorder.recordType("/familien/{id}/kontakte/{visit}")).isEqualTo("familien/kontakte");
		assertThat(AuditRecorder.recordId("/familien/{id}/kontakte/{visit}", Map.of("id", "7", "visit", "42")))
			.isEqualTo(42L);
		assertThat(AuditRecorder.recordId("/veranstaltungen/anmeldung/{token}", Map.of("token", "abc"))).isNull();
		assertThat(AuditRecorder.recordType("/")).isNull();
	}

}
