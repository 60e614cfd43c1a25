package de.pflegeverbund.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Limits how many public forms one client address may send within a window (Bucket4j).
 * Every attempt counts, valid or not. The buckets live in memory, bounded in number; each
 * public form has a limit of its own.
 */
public class ClientRateLimit {

	private static final int MAX_TRACKED_CLIENTS = 100_000;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_TRACKED_CLIENTS;
		}
	};

	private final int capacity;

	private final java.time.Duration window;

	public ClientRateLimit(int capacity, java.time.Duration window) {
		this.capacity = capacity;
		this.window = window;
	}

	/**
	 * Takes one attempt from the client's allowance.
	 * @return {@code false} when the allowance is used up
	 */
	public boolean tryAcquire(String clientAddress) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.computeIfAbsent(clientAddress,
					key -> Bucket.builder()
						.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
						.build());
		}
		return bucket.tryConsume(1);
	}

	/**
	 * Takes one attempt of the request's client. When the allowance is used up, the
	 * response becomes 429 Too Many Requests with Retry-After; the caller shows the form
	 * again, with the user's input and the message.
	 * @return {@code false} when the request is refused
	 */
	public boolean tryAcquire(HttpServletRequest request, HttpServletResponse response) {
		String client = request.getRemoteAddr();
		if (tryAcquire(client)) {
			return true;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(secondsToWait(client)));
		return false;
	}

	/**
	 * Seconds until the client may try again.
	 */
	public long secondsToWait(String clientAddress) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.get(clientAddress);
		}
		if (bucket == null) {
			return 0;
		}
		long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Math.max(1, nanos / 1_000_000_000L);
	}

}
