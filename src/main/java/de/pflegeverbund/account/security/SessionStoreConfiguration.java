package de.pflegeverbund.account.security;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the sessions in PostgreSQL (Spring Session JDBC) are read and written: once per
 * request ({@link SessionReadCache}), in transactions of their own that do not state a
 * row scope (the session tables hold no case records).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Puts the per-request cache in front of the JDBC session repository (absent when the
	 * sessions are the servlet container's, as in the MockMvc tests).
	 */
	@Bean
	static BeanPostProcessor sessionReadCachePostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository repository)
						? new SessionReadCache.Repository<>(repository) : bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<SessionReadCache.Filter> sessionReadCacheFilter() {
		FilterRegistrationBean<SessionReadCache.Filter> registration = new FilterRegistrationBean<>(
				new SessionReadCache.Filter());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/**
	 * Spring Session's transactions (by this name), on the connection pool without the
	 * row scope of the JPA transaction manager.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

}
