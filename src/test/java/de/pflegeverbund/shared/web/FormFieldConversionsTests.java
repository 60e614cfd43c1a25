package de.pflegeverbund.shared.web;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form record's fields are converted as the conversion service converts them, each
 * described once however many forms are sent.
 */
class FormFieldConversionsTests {

	record Sample(@DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate day, @Nullable List<Integer> counts) {
	}

	/** The descriptions the conversion service was given. */
	private final List<TypeDescriptor> described = new ArrayList<>();

	private final FormFieldConversions conversions = new FormFieldConversions(new DefaultFormattingConversionService() {

		@Override
		public boolean canConvert(@Nullable TypeDescriptor sourceType, TypeDescriptor targetType) {
			described.add(targetType);
			return super.canConvert(sourceType, targetType);
		}

	});

	@Test
	void convertsAsTheFieldsAnnotationsSay() {
		TypeDescriptor day = new TypeDescriptor(parameter(0));
		assertThat(conversions.canConvert(TypeDescriptor.valueOf(String.class), day)).isTrue();
		assertThat(conversions.convert("07.12.2026", TypeDescriptor.valueOf(String.class), day))
			.isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void describesEachFieldOnce() {
		for (int sent = 0; sent < 3; sent++) {
			// new parameters for every form sent, as Spring's data binder creates them
			conversions.canConvert(TypeDescriptor.valueOf(String.class), new TypeDescriptor(parameter(0)));
			conversions.canConvert(TypeDescriptor.valueOf(String[].class), new TypeDescriptor(parameter(1)));
		}
		// the fields' descriptions, not those of the list's elements the service asks
		// itself for
		List<TypeDescriptor> fields = described.stream()
			.filter(type -> type.getType() == LocalDate.class || type.getType() == List.class)
			.toList();
		assertThat(fields).hasSize(6);
		assertThat(fields.get(2)).isSameAs(fields.get(0)).isSameAs(fields.get(4));
		assertThat(fields.get(3)).isSameAs(fields.get(1)).isSameAs(fields.get(5));
		assertThat(fields.get(0)).isNotSameAs(fields.get(1));
	}

	@Test
	void keptDescriptionsAreEqualOnlyToThemselvesSoTheConverterCacheHoldsEachApart() {
		conversions.canConvert(TypeDescriptor.valueOf(String.class), new TypeDescriptor(parameter(0)));
		TypeDescriptor kept = described.get(0);
		TypeDescriptor fresh = new TypeDescriptor(parameter(0));

		assertThat(kept).isInstanceOf(FormFieldConversions.FieldType.class).isNotEqualTo(fresh);
		assertThat(kept.hashCode()).isNotEqualTo(fresh.hashCode());
		assertThat(kept.getType()).isEqualTo(LocalDate.class);
		assertThat(kept.getAnnotation(DateTimeFormat.class)).isNotNull();
	}

	@Test
	void convertsTheElementsOfAFieldAsElements() {
		TypeDescriptor counts = new TypeDescriptor(parameter(1));
		assertThat(conversions.convert(new String[] { "1", "2" }, TypeDescriptor.valueOf(String[].class), counts))
			.isEqualTo(List.of(1, 2));
		TypeDescriptor element = counts.getElementTypeDescriptor();
		assertThat(element).isNotNull();
		assertThat(conversions.convert("3", TypeDescriptor.valueOf(String.class), element)).isEqualTo(3);
	}

	@Test
	void passesOtherDescriptionsOn() {
		TypeDescriptor text = TypeDescriptor.valueOf(String.class);
		conversions.canConvert(TypeDescriptor.valueOf(Integer.class), text);
		assertThat(described).singleElement().isSameAs(text);
		assertThat(conversions.convert(42, String.class)).isEqualTo("42");
	}

	private static MethodParameter parameter(int index) {
		Constructor<Sample> constructor = BeanUtils.getResolvableConstructor(Sample.class);
		return MethodParameter.forFieldAwareConstructor(constructor, index,
				BeanUtils.getParameterNames(constructor)[index]);
	}

}
