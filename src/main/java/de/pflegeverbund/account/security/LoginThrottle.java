package de.pflegeverbund.account.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.pflegeverbund.account.domain.AccountProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per submitted e-mail address and per client address and blocks
 * further attempts once the limit is reached within the window. Whether the address
 * belongs to an account plays no role, so the block reveals nothing. The counters live in
 * memory, bounded in number.
 */
@Component
public class LoginThrottle {

	private static final int MAX_TRACKED_KEYS = 100_000;

	private final Map<String, Bucket> perAccount = lruMap();

	private final Map<String, Bucket> perClient = lruMap();

	private final AccountProperties.LoginThrottle limits;

	LoginThrottle(AccountProperties properties) {
		this.limits = properties.loginThrottle();
	}

	public boolean isBlocked(String username, String clientAddress) {
		return isEmpty(perAccount, key(username)) || isEmpty(perClient, clientAddress);
	}

	public void recordFailure(String username, String clientAddress) {
		bucket(perAccount, key(username), limits.maxFailuresPerAccount()).tryConsume(1);
		bucket(perClient, clientAddress, limits.maxFailuresPerClient()).tryConsume(1);
	}

	public void recordSuccess(String username) {
		synchronized (perAccount) {
			perAccount.remove(key(username));
		}
	}

	private boolean isEmpty(Map<String, Bucket> buckets, String key) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.get(key);
		}
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
		Duration window = limits.window();
		synchronized (buckets) {
			return buckets.computeIfAbsent(key,
					k -> Bucket.builder()
						.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
						.build());
		}
	}

	private static String key(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private static Map<String, Bucket> lruMap() {
		return new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > MAX_TRACKED_KEYS;
			}
		};
	}

}
