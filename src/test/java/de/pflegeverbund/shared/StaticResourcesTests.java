package de.pflegeverbund.shared;

import java.net.http.HttpResponse;
import java.util.List;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Style sheets and scripts: the portal's own under {@code /static/}, the WebJars under
 * {@code /webjars/} with their version in the link. No resource handler listens on
 * {@code /**}: otherwise every link of every page is looked up on the class path as a
 * possible static file while the page is rendered (that cost the counsellor's home page
 * more than half of its time, see docs/performance.md).
 */
class StaticResourcesTests extends PortalIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void resourceHandlersListenOnTheirOwnPathsOnly() {
		assertThat(resourceUrls.getHandlerMap().keySet()).containsExactlyInAnyOrder("/webjars/**", "/static/**");
		assertThat(resourceUrls.getForLookupPath("/familien/1")).isNull();
	}

	@Test
	void everyStyleSheetAndScriptOfAPageIsServedToAnonymousVisitors() {
		BrowserlessSession coordinator = new BrowserlessSession(port).login(COORDINATOR, DEMO_PASSWORD);
		Document dashboard = Jsoup.parse(coordinator.get("/koordination/statistik").body());
		List<String> links = dashboard.select("link[rel=stylesheet], script[src]")
			.stream()
			.map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
			.toList();
		assertThat(links).contains("/static/css/portal.css", "/static/js/statistics-charts.js")
			.anySatisfy(link -> assertThat(link).matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css"))
			.anySatisfy(link -> assertThat(link).matches("/webjars/chart.js/[0-9.]+/dist/chart.umd.min.js"));
		BrowserlessSession anonymous = new BrowserlessSession(port);
		for (String link : links) {
			HttpResponse<String> resource = anonymous.get(link);
			assertThat(resource.statusCode()).as(link).isEqualTo(200);
			assertThat(resource.body()).as(link).isNotBlank();
		}
		assertThat(anonymous.get("/css/portal.css").statusCode()).isNotEqualTo(200);
	}

}
