package de.pflegeverbund.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * German is the portal's language whatever the browser asks for; English can be chosen
 * with {@code ?lang=en} and is remembered in a cookie. Forms carry one-time keys
 * ({@link FormSubmissions}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final FormSubmissions formSubmissions;

	WebConfiguration(FormSubmissions formSubmissions) {
		this.formSubmissions = formSubmissions;
	}

	/**
	 * Every form rendered for sending gets a one-time key besides its CSRF token
	 * ({@link FormSubmissions}).
	 */
	@Bean
	static BeanPostProcessor formKeyAddingProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof RequestDataValueProcessor processor
						&& !(bean instanceof FormSubmissions.KeyAddingProcessor))
								? new FormSubmissions.KeyAddingProcessor(processor) : bean;
			}
		};
	}

	/**
	 * Data binders look up what binding a form record needs once per field
	 * ({@link FormBinding}).
	 */
	@Bean
	static BeanPostProcessor formBindingInstaller() {
		return FormBinding.installer();
	}

	/**
	 * The controllers' routes are looked up by their first path segment
	 * ({@link FirstSegmentHandlerMapping}).
	 */
	@Bean
	WebMvcRegistrations firstSegmentHandlerMapping() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new FirstSegmentHandlerMapping();
			}
		};
	}

	/**
	 * Messages after a redirect in a cookie, other flash attributes in the session
	 * ({@link MessageFlashMapManager}).
	 */
	@Bean
	FlashMapManager flashMapManager(MessageSource messages) {
		return new MessageFlashMapManager(messages);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("portal-lang");
		resolver.setDefaultLocale(Locale.GERMAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(formSubmissions);
	}

}
