package de.pflegeverbund.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sequential timing of one kind of request: warm-up, then measured runs; percentiles and
 * throughput as a row of the Markdown report.
 */
record Measurement(String name, List<Double> samples, double throughput) {

	static final int WARM_UP = 50;

	static final int MEASURED = 300;

	static Measurement of(String name, Supplier<HttpResponse<String>> request) {
		for (int i = 0; i < WARM_UP; i++) {
			check(request.get());
		}
		List<Double> samples = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < MEASURED; i++) {
			long t0 = System.nanoTime();
			check(request.get());
			samples.add((System.nanoTime() - t0) / 1_000_000.0);
		}
		double seconds = (System.nanoTime() - started) / 1_000_000_000.0;
		Collections.sort(samples);
		return new Measurement(name, samples, MEASURED / seconds);
	}

	private static void check(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri().toString()).isBetween(200, 399);
	}

	String row() {
		return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.0f |", name, percentile(50),
				percentile(95), percentile(99), samples.get(samples.size() - 1), throughput);
	}

	double percentile(int p) {
		return samples.get(Math.min(samples.size() - 1, (int) Math.ceil(p / 100.0 * samples.size()) - 1));
	}

}
