package de.pflegeverbund;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Pflegeverbund-Portal: one deployable application, one top-level package per
 * business capability.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

	/**
	 * The portal's clock: instants are absolute; "today" is the day in Germany, so a date
	 * entered shortly after midnight is not taken for yesterday's.
	 */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Berlin"));
	}

}
