package de.pflegeverbund.shared.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the form fragments show from a form record without errors: text as it is, other
 * values left to {@code th:field}, and options chosen by value or name.
 */
class FormValuesTests {

	private final FormValues values = new FormValues();

	enum Rhythm {

		WEEKLY, MONTHLY

	}

	@Test
	void showsTextAsItIs() {
		assertThat(values.isText(null)).isTrue();
		assertThat(values.isText("")).isTrue();
		assertThat(values.isText("Schule <b>&</b>")).isTrue();
	}

	@Test
	void leavesOtherValuesAndLeadingLineBreaksToThField() {
		assertThat(values.isText(LocalDate.of(2026, 12, 7))).isFalse();
		assertThat(values.isText(42)).isFalse();
		assertThat(values.isText("\nzweite Zeile")).isFalse();
		assertThat(values.isText("\r\nzweite Zeile")).isFalse();
	}

	@Test
	void findsTheChosenOptionByValueOrName() {
		assertThat(values.isChosen(Rhythm.WEEKLY, Rhythm.WEEKLY)).isTrue();
		assertThat(values.isChosen("WEEKLY", Rhythm.WEEKLY)).isTrue();
		assertThat(values.isChosen("WEEKLY", Rhythm.MONTHLY)).isFalse();
		assertThat(values.isChosen(null, Rhythm.WEEKLY)).isFalse();
		assertThat(values.isChosen("weekly", Rhythm.WEEKLY)).isFalse();
		assertThat(values.isChosen(HttpMethod.GET, Rhythm.WEEKLY)).isFalse();
	}

	@Test
	void findsChosenOptionsInACollection() {
		assertThat(values.isChosen(List.of("MONTHLY"), Rhythm.MONTHLY)).isTrue();
		assertThat(values.isChosen(Set.of(Rhythm.WEEKLY), Rhythm.WEEKLY)).isTrue();
		assertThat(values.isChosen(List.of("MONTHLY"), Rhythm.WEEKLY)).isFalse();
		assertThat(values.isChosen(List.of(), Rhythm.WEEKLY)).isFalse();
	}

}
