package de.pflegeverbund.shared.web;

import java.lang.reflect.Executable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.BindParamNameResolver;

/**
 * The request parameter each field of a form record is bound from, as Spring's
 * {@link BindParamNameResolver} finds it ({@code @BindParam} or the field's name), looked
 * up once per field instead of on every request.
 * <p>
 * Spring creates the constructor parameters anew for each form sent and asks each of them
 * for {@code @BindParam}; the JDK parses the annotations of all the constructor's
 * parameters again for every such question: 9 % of the CPU of saving a contact (fifteen
 * fields) and 16 % of sending the interest form (twenty-three fields;
 * docs/performance.md, tenth run). {@link FormBinding} gives it to every data binder.
 */
final class FormFieldNames implements DataBinder.NameResolver {

	private final DataBinder.NameResolver resolver;

	private final Map<Field, Optional<String>> names = new ConcurrentHashMap<>();

	FormFieldNames(DataBinder.NameResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public @Nullable String resolveName(MethodParameter parameter) {
		return names
			.computeIfAbsent(new Field(parameter.getExecutable(), parameter.getParameterIndex()),
					field -> Optional.ofNullable(resolver.resolveName(parameter)))
			.orElse(null);
	}

	/** A parameter of a form's constructor: there are as many as the code declares. */
	private record Field(Executable constructor, int index) {
	}

}
