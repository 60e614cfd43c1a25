package de.pflegeverbund.shared.web;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the form fragments ({@code fragments/fields.html}) show of a form that has no
 * errors, read from the form record instead of through {@code th:field}.
 * <p>
 * {@code th:field} builds a {@code BindStatus} for every field, and one for every option
 * of a select or a group of checkboxes. Each formats the field's value through the
 * conversion service, whose cache holds every annotated text field of the portal under
 * the same hash and compares their annotations one by one. The interest form built some
 * forty of them per page. A form with errors still uses {@code th:field}: it shows what
 * was sent, also where that could not be bound.
 */
@Component("formValues")
public class FormValues {

	/**
	 * Whether the value is shown as it is: text, or nothing. Other values (dates,
	 * numbers) are formatted by {@code th:field}, as their annotations say. So is text
	 * that starts with a line break, which a textarea would drop.
	 */
	public boolean isText(@Nullable Object value) {
		return value == null || (value instanceof String text && !text.startsWith("\n") && !text.startsWith("\r"));
	}

	/**
	 * Whether an option of a select or a group of checkboxes is chosen: the value is the
	 * option, its name, or a collection holding either.
	 */
	public boolean isChosen(@Nullable Object value, Enum<?> option) {
		if (value instanceof Collection<?> values) {
			return values.stream().anyMatch(chosen -> matches(chosen, option));
		}
		return matches(value, option);
	}

	private static boolean matches(@Nullable Object value, Enum<?> option) {
		return option.equals(value) || option.name().equals(value);
	}

}
