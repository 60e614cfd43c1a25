package de.pflegeverbund.account.security;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a session from PostgreSQL once per request. Within one request Spring Session
 * asks its repository for the same session several times: when the session is first used,
 * when Spring Security's session registry checks whether the session was ended, and again
 * when the session is saved after the response has been flushed. Each time is a
 * transaction with a query and the deserialisation of the security context.
 * <p>
 * {@link Repository} decorates the JDBC repository and answers these repeated reads from
 * a cache that {@link Filter} opens before Spring Session's filter and drops when the
 * request is done; outside a request (jobs) every read goes to the database. A session
 * deleted or saved in the request is taken from or put into the cache.
 */
final class SessionReadCache {

	private static final ThreadLocal<@Nullable Map<String, Session>> CURRENT = new ThreadLocal<>();

	private SessionReadCache() {
	}

	/**
	 * Holds the cache for the duration of one request; ordered before Spring Session's
	 * filter.
	 */
	static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Map<String, Session> outer = CURRENT.get();
			CURRENT.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer != null) {
					CURRENT.set(outer);
				}
				else {
					CURRENT.remove();
				}
			}
		}

	}

	/**
	 * The JDBC session repository with the per-request cache in front of
	 * {@link #findById}.
	 */
	static final class Repository<S extends Session> implements FindByIndexNameSessionRepository<S> {

		private final FindByIndexNameSessionRepository<S> delegate;

		Repository(FindByIndexNameSessionRepository<S> delegate) {
			this.delegate = delegate;
		}

		@Override
		public S createSession() {
			return delegate.createSession();
		}

		@Override
		public void save(S session) {
			delegate.save(session);
			Map<String, Session> cache = CURRENT.get();
			if (cache != null) {
				// the id may have changed (new session id at sign-in)
				cache.values().removeIf(cached -> cached == session);
				cache.put(session.getId(), session);
			}
		}

		@Override
		@SuppressWarnings("unchecked")
		public @Nullable S findById(String id) {
			Map<String, Session> cache = CURRENT.get();
			if (cache != null) {
				Session cached = cache.get(id);
				if (cached != null && cached.getId().equals(id) && !cached.isExpired()) {
					return (S) cached;
				}
			}
			S session = delegate.findById(id);
			if (cache != null && session != null) {
				cache.put(id, session);
			}
			return session;
		}

		@Override
		public void deleteById(String id) {
			Map<String, Session> cache = CURRENT.get();
			if (cache != null) {
				cache.remove(id);
			}
			delegate.deleteById(id);
		}

		@Override
		public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return delegate.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

}
