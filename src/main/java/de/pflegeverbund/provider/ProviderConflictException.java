package de.pflegeverbund.provider;

/**
 * A Träger could not be saved because its data clashes with another Träger's.
 *
 * @param field the form field the clash belongs to
 * @param messageKey the message key explaining the clash
 * @param arguments arguments of the message
 */
public class ProviderConflictException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	ProviderConflictException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
