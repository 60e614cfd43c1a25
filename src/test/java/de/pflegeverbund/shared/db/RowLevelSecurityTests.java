package de.pflegeverbund.shared.db;

import java.util.List;
import java.util.function.Supplier;

import de.pflegeverbund.familyportal.FamilyPortal;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Defence in depth: PostgreSQL's row-level security hides every other Träger's case
 * records from the portal's connections, even for a query that forgot the application's
 * filter.
 */
class RowLevelSecurityTests extends PortalIntegrationTest {

	/** Tables with case records of one Träger, each with a provider_id. */
	static final List<String> CASE_TABLES = List.of("foster_family", "foster_parent", "family_status_change",
			"placement", "counsellor_assignment", "visit", "visit_amendment", "risk_assessment", "inquiry",
			"supervision_session", "family_account", "correction_request", "protection_record", "foster_family_aud",
			"foster_parent_aud", "concern");

	/** Rows of a case record, visible when their record is. */
	static final List<String> DEPENDENT_TABLES = List.of("inquiry_status_change", "inquiry_note", "concern_message",
			"supervision_participant", "supervision_family");

	/**
	 * Tables with a Träger or family column that are no case records: master data,
	 * accounts, settings, counts without personal data, meetings across the network, the
	 * audit log (which has its own rules).
	 */
	static final List<String> NOT_CASE_TABLES = List.of("provider_service_area", "user_account", "visit_due_rule",
			"inquiry_erasure", "network_meeting", "cooperation_request", "supervision_target", "audit_event",
			"second_factor_requirement");

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	FamilyPortal portal;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyTableWithATraegerOrFamilyIsProtectedOrNamedAsNoCaseRecord() {
		List<String> withTraegerOrFamily = jdbc.queryForList("""
				select distinct table_name from information_schema.columns
				where table_schema = 'public' and column_name in ('provider_id', 'family_id', 'organiser_provider_id')
				order by table_name""", String.class);
		List<String> protectedTables = jdbc.queryForList(
				"select relname from pg_class where relkind = 'r' and relrowsecurity order by relname", String.class);

		assertThat(protectedTables).containsExactlyInAnyOrderElementsOf(
				java.util.stream.Stream.concat(CASE_TABLES.stream(), DEPENDENT_TABLES.stream()).toList());
		assertThat(withTraegerOrFamily)
			.allSatisfy(table -> assertThat(protectedTables.contains(table) || NOT_CASE_TABLES.contains(table))
				.as("%s holds a Träger or family: protect it in a migration or name it here as no case record", table)
				.isTrue());
	}

	@Test
	void aQueryWithoutTheApplicationsFilterSeesOnlyTheOwnTraeger() {
		long own = providerIdOf(COUNSELLOR_1);
		long other = providerIdOf(COUNSELLOR_2);
		assertThat(jdbc.queryForObject("select count(*) from foster_family where provider_id = ?", Long.class, other))
			.as("the other Träger has families to hide")
			.isPositive();
		signInAs(COUNSELLOR_1);

		for (String table : CASE_TABLES) {
			long ownRows = jdbc.queryForObject("select count(*) from " + table + " where provider_id = ?", Long.class,
					own);
			assertThat(inTransaction(() -> appJdbc.queryForObject("select count(*) from " + table, Long.class)))
				.as("all rows of %s a counsellor of Träger 1 sees", table)
				.isEqualTo(ownRows);
			assertThat(inTransaction(() -> appJdbc
				.queryForObject("select count(*) from " + table + " where provider_id <> ?", Long.class, own)))
				.as("foreign rows of %s", table)
				.isZero();
		}
		assertThat(inTransaction(() -> appJdbc.queryForObject(
				"select count(*) from visit_amendment a join visit v on v.id = a.visit_id where v.provider_id = ?",
				Long.class, other)))
			.isZero();
		assertThat(inTransaction(() -> appJdbc
			.queryForObject("select count(*) from inquiry_status_change c join inquiry i on i.id = c.inquiry_id "
					+ "where i.provider_id is distinct from ?", Long.class, own)))
			.isZero();
	}

	@Test
	void foreignRowsCanNeitherBeChangedNorWritten() {
		long other = providerIdOf(COUNSELLOR_2);
		long foreignFamily = jdbc.queryForObject("select min(id) from foster_family where provider_id = ?", Long.class,
				other);
		signInAs(ADMIN_1);

		assertThat(inTransaction(
				() -> appJdbc.update("update foster_family set name = 'fremd' where id = ?", foreignFamily)))
			.isZero();
		assertThat(inTransaction(() -> appJdbc.update("delete from placement where family_id = ?", foreignFamily)))
			.isZero();
		assertThatThrownBy(() -> inTransaction(() -> appJdbc.update("""
				insert into protection_record (provider_id, family_id, concept_version, applied_on, participants,
				    recorded_by, recorded_at)
				values (?, ?, 'v1', current_date, 'niemand', (select min(id) from user_account), now())""", other,
				foreignFamily)))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("row-level security");
		assertThat(jdbc.queryForObject("select count(*) from protection_record where participants = 'niemand'",
				Long.class))
			.isZero();
	}

	@Test
	void outsideATransactionNoCaseRecordIsVisible() {
		signInAs(COORDINATOR);

		for (String table : CASE_TABLES) {
			assertThat(appJdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
		}
	}

	@Test
	void theStateOfficeAndTheSystemSeeEveryTraeger() {
		long all = jdbc.queryForObject("select count(*) from foster_family", Long.class);

		assertThat(inTransaction(() -> appJdbc.queryForObject("select count(*) from foster_family", Long.class)))
			.as("jobs, public forms")
			.isEqualTo(all);
		signInAs(COORDINATOR);
		assertThat(inTransaction(() -> appJdbc.queryForObject("select count(*) from foster_family", Long.class)))
			.isEqualTo(all);
	}

	@Test
	void aConcernToTheStateOfficeIsSeenByItsSenderButNotByTheTraeger() {
		PortalUser family = (PortalUser) userDetailsService.loadUserByUsername(FAMILY_1);
		long concern = portal.raiseConcern(family, true, "Anliegen an die unabhängige Stelle");
		String visible = "select count(*) from concern where id = " + concern;

		signInAs(FAMILY_1);
		assertThat(inTransaction(() -> appJdbc.queryForObject(visible, Long.class))).isOne();
		signInAs(ADMIN_1);
		assertThat(inTransaction(() -> appJdbc.queryForObject(visible, Long.class))).isZero();
		assertThat(inTransaction(() -> appJdbc
			.queryForObject("select count(*) from concern_message where concern_id = " + concern, Long.class)))
			.isZero();
		signInAs(COORDINATOR);
		assertThat(inTransaction(() -> appJdbc.queryForObject(visible, Long.class))).isOne();
	}

	private void signInAs(String email) {
		PortalUser user = (PortalUser) userDetailsService.loadUserByUsername(email);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactionManager).execute(status -> work.get());
	}

}
