package de.pflegeverbund.audit;

import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the audit recorder for every route and offers the verification command:
 * started with {@code --audit-verify}, the portal checks the whole hash chain, reports
 * the result and exits (0: intact, 1: broken).
 */
@Configuration
class AuditConfiguration implements WebMvcConfigurer {

	private static final Log logger = LogFactory.getLog(AuditConfiguration.class);

	private final AuditRecorder recorder;

	AuditConfiguration(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(recorder).excludePathPatterns("/static/**", "/webjars/**", "/actuator/**");
	}

	@Bean
	ApplicationRunner auditVerification(AuditLog log, ApplicationContext context) {
		return (ApplicationArguments arguments) -> {
			if (!arguments.containsOption("audit-verify")) {
				return;
			}
			Optional<Long> broken = log.verify();
			String result = broken.map(id -> "Audit log BROKEN at event " + id)
				.orElse("Audit log intact: " + log.count() + " events verified");
			logger.info(result);
			System.out.println(result);
			int code = broken.isPresent() ? 1 : 0;
			System.exit(SpringApplication.exit(context, () -> code));
		};
	}

}
