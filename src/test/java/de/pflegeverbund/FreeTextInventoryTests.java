package de.pflegeverbund;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.pflegeverbund.support.PortalIntegrationTest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text field of every form the portal binds (the records its handler methods take,
 * taken from its own request mappings) refuses what PostgreSQL cannot store or no
 * keyboard types: it carries a {@code @Pattern} ({@code InputPatterns} or a narrower one)
 * or an {@code @Email}, or it is listed here with the reason it is checked otherwise. A
 * NUL in a contact's topics once answered 500 (found by EveryFormTests in the Träger's
 * seat, then looked for everywhere); a new form field without a check fails the build.
 */
class FreeTextInventoryTests extends PortalIntegrationTest {

	/** Text fields checked otherwise, with the reason. */
	private static final Map<String, String> CHECKED_OTHERWISE = Map.ofEntries(
			Map.entry("InterestForm.preferredAge", "a choice, parsed as an enum (InterestForm.validate)"),
			Map.entry("InterestForm.qualification", "a choice, parsed as an enum (InterestForm.validate)"),
			Map.entry("InterestForm.contactTime", "a choice, parsed as an enum (InterestForm.validate)"),
			Map.entry("InterestForm.website", "the honeypot: a filled one drops the whole submission"),
			Map.entry("InterestForm.token", "compared with the token the portal issued, never stored"),
			Map.entry("InterestForm.submissionKey", "parsed as a UUID (Forms.uuidOrNull), never stored as text"),
			Map.entry("CooperationForm.website", "the honeypot: a filled one drops the whole submission"),
			Map.entry("ExternalForm.website", "the honeypot: a filled one drops the whole submission"),
			Map.entry("SecondFactorController$CodeForm.code", "compared with the expected code, never stored"),
			Map.entry("FamilyController$SearchForm.text", "a search, its control characters dropped (toSearch)"),
			Map.entry("Forms$PublicConcernForm.website", "the honeypot: a filled one drops the whole submission"),
			Map.entry("InquiryController$StatusForm.status", "a choice, parsed as an enum (StatusForm.target)"),
			Map.entry("PasswordController$SetPasswordForm.password", "hashed, never stored as text"),
			Map.entry("PasswordController$SetPasswordForm.confirmation", "compared with the password, never stored"),
			Map.entry("SessionForm.families", "parsed into pseudonyms (SessionForm.validate), stored as ids"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyTextFieldOfABoundFormIsChecked() {
		Set<String> forms = new TreeSet<>();
		Set<String> unchecked = new TreeSet<>();
		for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				Class<?> type = parameter.getParameterType();
				if (!type.isRecord() || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
						|| !type.getPackageName().startsWith("de.pflegeverbund")) {
					continue;
				}
				String form = type.getName().substring(type.getPackageName().length() + 1);
				forms.add(form);
				for (RecordComponent component : type.getRecordComponents()) {
					String name = form + "." + component.getName();
					if (component.getType() == String.class && !checked(type, component)
							&& !CHECKED_OTHERWISE.containsKey(name)) {
						unchecked.add(name);
					}
				}
			}
		}
		assertThat(forms).as("the forms found").contains("VisitForm", "InterestForm", "ProviderForm", "FamilyForm");
		assertThat(unchecked).as("text fields without @Pattern or @Email, nor a reason here").isEmpty();
		Set<String> listedButGone = new TreeSet<>(CHECKED_OTHERWISE.keySet());
		listedButGone.removeIf(name -> forms.contains(name.substring(0, name.lastIndexOf('.'))));
		assertThat(listedButGone).as("listed fields of forms no handler takes any more").isEmpty();
	}

	private static boolean checked(Class<?> type, RecordComponent component) {
		try {
			Field field = type.getDeclaredField(component.getName());
			return field.isAnnotationPresent(Pattern.class) || field.isAnnotationPresent(Pattern.List.class)
					|| field.isAnnotationPresent(Email.class);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
