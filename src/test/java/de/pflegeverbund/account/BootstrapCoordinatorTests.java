package de.pflegeverbund.account;

import de.pflegeverbund.account.domain.TokenState;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

class BootstrapCoordinatorTests extends PortalIntegrationTest {

	@Autowired
	AccountManagement accounts;

	@Test
	void noSecondCoordinatorWhenOneExists() {
		assertThat(accounts.bootstrapCoordinator("zweite@lja.example")).isEmpty();
		assertThat(
				jdbc.queryForObject("select count(*) from user_account where email = 'zweite@lja.example'", Long.class))
			.isZero();
	}

	@Test
	@Transactional // rolled back: the demo coordinators come back
	void firstCoordinatorIsCreatedWithoutPasswordAndAOneTimeLink() {
		appJdbc.update("update network_meeting set follow_up_of = null");
		appJdbc.update("delete from network_meeting where created_by in "
				+ "(select id from user_account where role = 'COORDINATOR')");
		appJdbc.update("update cooperation_request set decided_by = null");
		appJdbc.update("delete from meeting_registration where account_id in "
				+ "(select id from user_account where role = 'COORDINATOR')");
		appJdbc.update("delete from second_factor_requirement where provider_id is null");
		appJdbc.update("delete from user_account where role = 'COORDINATOR'");

		String link = accounts.bootstrapCoordinator("Erste@LJA.example").orElseThrow();

		assertThat(link).startsWith("http://localhost/konto/passwort/");
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(accounts.check(token).state()).isEqualTo(TokenState.VALID);
		assertThat(accounts.check(token).email()).isEqualTo("erste@lja.example");
		assertThat(appJdbc.queryForObject(
				"select password_hash is null from user_account where role = 'COORDINATOR' and email = 'erste@lja.example'",
				Boolean.class))
			.isTrue();
		assertThat(accounts.bootstrapCoordinator("erste@lja.example")).isEmpty();
	}

}
