package de.pflegeverbund.shared.db;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Replaces Spring Boot's JPA transaction manager by the one that states the row scope.
 */
@Configuration(proxyBeanMethods = false)
class RowScopeConfiguration {

	@Bean
	JpaTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
		RowScopeTransactionManager transactionManager = new RowScopeTransactionManager();
		customizers.ifAvailable(c -> c.customize(transactionManager));
		return transactionManager;
	}

}
