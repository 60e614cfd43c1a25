package de.pflegeverbund.shared.web;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.support.BindParamNameResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of a form's fields are those Spring finds ({@code @BindParam} or the field's
 * name), and each is looked up once however many forms are sent.
 */
class FormFieldNamesTests {

	record Sample(@BindParam("vorname") @Nullable String firstName, @Nullable String lastName) {
	}

	@Test
	void findsTheNamesSpringFinds() {
		FormFieldNames names = new FormFieldNames(new BindParamNameResolver());
		assertThat(names.resolveName(parameter(0))).isEqualTo("vorname");
		assertThat(names.resolveName(parameter(1))).isNull();
	}

	@Test
	void looksUpEachFieldOnce() {
		List<MethodParameter> asked = new ArrayList<>();
		BindParamNameResolver spring = new BindParamNameResolver();
		FormFieldNames names = new FormFieldNames(parameter -> {
			asked.add(parameter);
			return spring.resolveName(parameter);
		});
		for (int sent = 0; sent < 3; sent++) {
			// new parameters for every form sent, as Spring's data binder creates them
			assertThat(names.resolveName(parameter(0))).isEqualTo("vorname");
			assertThat(names.resolveName(parameter(1))).isNull();
		}
		assertThat(asked).extracting(MethodParameter::getParameterIndex).containsExactly(0, 1);
	}

	@Test
	void aFormIsBoundByTheNamesFound() {
		DataBinder binder = new DataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(Sample.class));
		binder.setNameResolver(new FormFieldNames(new BindParamNameResolver()));
		Map<String, String> sent = Map.of("vorname", "Ada", "lastName", "Lovelace");
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public @Nullable Object resolveValue(String name, Class<?> type) {
				return sent.get(name);
			}

			@Override
			public Set<String> getNames() {
				return sent.keySet();
			}

		});
		assertThat(binder.getTarget()).isEqualTo(new Sample("Ada", "Lovelace"));
	}

	private static MethodParameter parameter(int index) {
		Constructor<Sample> constructor = BeanUtils.getResolvableConstructor(Sample.class);
		return MethodParameter.forFieldAwareConstructor(constructor, index,
				BeanUtils.getParameterNames(constructor)[index]);
	}

}
