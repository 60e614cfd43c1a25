package de.pflegeverbund.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A route that fails with an unexpected exception, to test the 500 page.
 */
@RestController
class FailingTestController {

	@GetMapping("/test/fehler")
	String fail() {
		throw new IllegalStateException("Simulated failure with secret detail");
	}

}
