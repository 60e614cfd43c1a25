package de.pflegeverbund.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.convert.ConversionService;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.BindParamNameResolver;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Sets up every data binder of the portal's controllers as Spring Boot does (conversion
 * service, validator), with what binding a form record looks up kept per field: the names
 * of its request parameters ({@link FormFieldNames}) and the descriptions of its fields'
 * types ({@link FormFieldConversions}).
 */
final class FormBinding implements WebBindingInitializer {

	private static final FormFieldNames NAMES = new FormFieldNames(new BindParamNameResolver());

	private final WebBindingInitializer initializer;

	private FormBinding(WebBindingInitializer initializer) {
		this.initializer = initializer;
	}

	@Override
	public void initBinder(WebDataBinder binder) {
		initializer.initBinder(binder);
		binder.setNameResolver(NAMES);
	}

	/** Puts this set-up into Spring MVC's handler adapter, around Spring Boot's. */
	static BeanPostProcessor installer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter
						&& !(adapter.getWebBindingInitializer() instanceof FormBinding)) {
					WebBindingInitializer initializer = adapter.getWebBindingInitializer();
					if (initializer instanceof ConfigurableWebBindingInitializer configurable) {
						ConversionService conversions = configurable.getConversionService();
						if (conversions != null) {
							configurable.setConversionService(new FormFieldConversions(conversions));
						}
					}
					adapter.setWebBindingInitializer((initializer != null) ? new FormBinding(initializer)
							: binder -> binder.setNameResolver(NAMES));
				}
				return bean;
			}
		};
	}

}
