package de.pflegeverbund.family.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import de.pflegeverbund.family.CareType;
import jakarta.persistence.AttributeConverter;

/**
 * Stores a set of care types as a comma-separated list of names, e.g.
 * {@code EMERGENCY,LONG_TERM}, so that a search for one care type is a simple
 * {@code like}.
 */
public class CareTypesConverter implements AttributeConverter<Set<CareType>, String> {

	@Override
	public String convertToDatabaseColumn(Set<CareType> careTypes) {
		return careTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<CareType> convertToEntityAttribute(String column) {
		EnumSet<CareType> result = EnumSet.noneOf(CareType.class);
		Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(CareType::valueOf).forEach(result::add);
		return result;
	}

}
