package de.pflegeverbund.account;

import de.pflegeverbund.account.domain.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsLongPassphrasesWithoutCompositionRules() {
		assertThat(policy.violation("heute regnet es in bielefeld", "a@b.example")).isEmpty();
		assertThat(policy.violation("Demo-Pflege-2026", "a@b.example")).isEmpty();
		assertThat(policy.violation("ü".repeat(6) + "ß" + "kakaobohne", "a@b.example")).isEmpty();
	}

	@Test
	void refusesShortLongAndCommonPasswords() {
		assertThat(policy.violation("kurz", "a@b.example")).contains("account.password.tooShort");
		assertThat(policy.violation("x".repeat(129), "a@b.example")).contains("account.password.tooLong");
		assertThat(policy.violation("123456789012", "a@b.example")).contains("account.password.common");
		assertThat(policy.violation("qwertyuiopasdfgh", "a@b.example")).contains("account.password.common");
		assertThat(policy.violation("Passwort1234", "a@b.example")).contains("account.password.common");
	}

	@Test
	void refusesThePartsOfTheOwnAddress() {
		assertThat(policy.violation("mariamustermann1", "maria.mustermann@traeger.example"))
			.contains("account.password.common");
	}

}
