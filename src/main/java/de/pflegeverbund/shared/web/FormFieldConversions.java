package de.pflegeverbund.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;

/**
 * The conversion service of the portal's data binders, with one type descriptor for each
 * field of a form record, kept, instead of a new one for every form sent.
 * <p>
 * Spring binds a form record through its constructor and describes each parameter anew
 * for every request. The conversion service looks up its converter by that description,
 * and comparing it asks for the parameter's annotations: the JDK parses the annotations
 * of all the constructor's parameters again for each one (for the contact form's fifteen
 * fields, fifteen times fifteen). With the names already looked up once
 * ({@link FormFieldNames}), that was still 8 % of the CPU of saving a contact and 11 % of
 * sending the interest form (docs/performance.md, tenth run). A kept description has its
 * annotations read once, and the conversion service's cache finds it by identity.
 * {@link FormBinding} gives it to every data binder.
 */
final class FormFieldConversions implements ConversionService {

	private final ConversionService conversions;

	private final Map<Field, TypeDescriptor> fields = new ConcurrentHashMap<>();

	FormFieldConversions(ConversionService conversions) {
		this.conversions = conversions;
	}

	@Override
	public boolean canConvert(@Nullable Class<?> sourceType, Class<?> targetType) {
		return conversions.canConvert(sourceType, targetType);
	}

	@Override
	public boolean canConvert(@Nullable TypeDescriptor sourceType, TypeDescriptor targetType) {
		return conversions.canConvert(sourceType, kept(targetType));
	}

	@Override
	public <T> @Nullable T convert(@Nullable Object source, Class<T> targetType) {
		return conversions.convert(source, targetType);
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, @Nullable TypeDescriptor sourceType,
			TypeDescriptor targetType) {
		return conversions.convert(source, sourceType, kept(targetType));
	}

	/**
	 * The description kept for a constructor parameter (the same parameter, nesting level
	 * and type); any other description as it is.
	 */
	private TypeDescriptor kept(TypeDescriptor type) {
		if (type.getResolvableType().getSource() instanceof MethodParameter parameter
				&& parameter.getExecutable() instanceof Constructor<?>) {
			return fields.computeIfAbsent(new Field(parameter.getExecutable(), parameter.getParameterIndex(),
					parameter.getNestingLevel(), type.getType()), field -> new FieldType(type));
		}
		return type;
	}

	/**
	 * The description of a form record's field, equal only to itself. The conversion
	 * service caches converters under source and target description, and a description's
	 * hash is its class's: every text field of every form fell into one chain of that
	 * cache, walked on each lookup and compared by annotations (reflection on each
	 * annotation's members). Kept descriptions each get a place of their own.
	 */
	static final class FieldType extends TypeDescriptor {

		FieldType(TypeDescriptor type) {
			super(type.getResolvableType(), type.getType(), type.getAnnotations());
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

	/** A form record's field: there are as many as the code declares. */
	private record Field(Executable constructor, int index, int nesting, Class<?> type) {
	}

}
