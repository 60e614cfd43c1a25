package de.pflegeverbund.support;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a route answers a kind of user, as the authorization matrices expect it.
 */
public enum Answer {

	/** 2xx, or a redirect that is not to the sign-in */
	ALLOWED,
	/** a redirect to the sign-in */
	LOGIN,
	/** 403: a role area of another role */
	FORBIDDEN,
	/** 404: a record the user may not see, as if it did not exist */
	NOT_FOUND;

	public void assertOn(MvcTestResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		switch (this) {
			case ALLOWED -> {
				assertThat(status).isBetween(200, 399);
				assertThat((location != null) ? location : "").doesNotEndWith("/login");
			}
			case LOGIN -> {
				assertThat(status).isEqualTo(302);
				assertThat(location).endsWith("/login");
			}
			case FORBIDDEN -> assertThat(status).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).isEqualTo(404);
		}
	}

}
