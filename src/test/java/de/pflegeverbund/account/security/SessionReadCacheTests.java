package de.pflegeverbund.account.security;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Within a request the session is read from the store once; outside a request (and in the
 * next one) every read goes to the store; a deleted session is not served from the cache,
 * a session whose id changed is found under its new id only.
 */
class SessionReadCacheTests {

	private final CountingStore store = new CountingStore();

	private final SessionReadCache.Repository<MapSession> repository = new SessionReadCache.Repository<>(store);

	@Test
	void aRequestReadsItsSessionOnce() throws Exception {
		MapSession session = repository.createSession();
		repository.save(session);
		String id = session.getId();
		inRequest(() -> {
			assertThat(repository.findById(id)).isNotNull();
			assertThat(repository.findById(id)).isNotNull();
			assertThat(repository.findById(id)).isNotNull();
		});
		assertThat(store.reads).hasValue(1);
		inRequest(() -> assertThat(repository.findById(id)).isNotNull());
		assertThat(store.reads).hasValue(2);
	}

	@Test
	void outsideARequestEveryReadGoesToTheStore() {
		MapSession session = repository.createSession();
		repository.save(session);
		repository.findById(session.getId());
		repository.findById(session.getId());
		assertThat(store.reads).hasValue(2);
	}

	@Test
	void aDeletedSessionIsNotServedFromTheCache() throws Exception {
		MapSession session = repository.createSession();
		repository.save(session);
		inRequest(() -> {
			assertThat(repository.findById(session.getId())).isNotNull();
			repository.deleteById(session.getId());
			assertThat(repository.findById(session.getId())).isNull();
		});
	}

	@Test
	void aSessionWithANewIdIsFoundUnderItsNewIdOnly() throws Exception {
		MapSession session = repository.createSession();
		repository.save(session);
		String before = session.getId();
		AtomicReference<String> after = new AtomicReference<>();
		inRequest(() -> {
			MapSession loaded = repository.findById(before);
			after.set(loaded.changeSessionId());
			repository.save(loaded);
			assertThat(repository.findById(after.get())).isSameAs(loaded);
			assertThat(repository.findById(before)).isNull();
		});
		assertThat(store.findById(after.get())).isNotNull();
	}

	private static void inRequest(Runnable work) throws Exception {
		MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req,
					jakarta.servlet.http.HttpServletResponse res) {
				work.run();
			}

		});
		new SessionReadCache.Filter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
	}

	/** An in-memory store that counts reads. */
	static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		final AtomicInteger reads = new AtomicInteger();

		private final MapSessionRepository sessions = new MapSessionRepository(new HashMap<>());

		@Override
		public MapSession createSession() {
			return sessions.createSession();
		}

		@Override
		public void save(MapSession session) {
			sessions.save(session);
		}

		@Override
		public MapSession findById(String id) {
			reads.incrementAndGet();
			return sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			sessions.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
