package de.pflegeverbund.shared.web;

import de.pflegeverbund.support.PortalIntegrationTest;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's data binders get Spring Boot's set-up with the lookups kept per field: the
 * conversion service, the validator and the names of the fields.
 */
class FormBindingTests extends PortalIntegrationTest {

	@Autowired
	RequestMappingHandlerAdapter adapter;

	record Sample(@NotBlank String name) {
	}

	@Test
	void everyDataBinderLooksUpWhatAFormNeedsOncePerField() {
		assertThat(adapter.getWebBindingInitializer()).isInstanceOf(FormBinding.class);
		WebDataBinder binder = new WebDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(Sample.class));
		adapter.getWebBindingInitializer().initBinder(binder);
		assertThat(binder.getConversionService()).isInstanceOf(FormFieldConversions.class);
		assertThat(binder.getValidator()).isNotNull();
		assertThat(binder.getNameResolver()).isInstanceOf(FormFieldNames.class);
	}

	@Test
	void springBootsSetUpIsKept() {
		assertThat(adapter.getWebBindingInitializer()).extracting("initializer")
			.isInstanceOf(ConfigurableWebBindingInitializer.class);
	}

}
