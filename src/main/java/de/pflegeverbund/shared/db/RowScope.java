package de.pflegeverbund.shared.db;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rows a transaction may see in the case tables, stated to PostgreSQL's row-level
 * security at the start of every transaction (see {@link RowScopeTransactionManager}).
 *
 * @param providers {@code *} for every Träger, else the id of one Träger
 * @param account the signed-in account, empty when nobody is signed in
 */
public record RowScope(String providers, String account) {

	/**
	 * Implemented by the principal of a signed-in user.
	 */
	public interface Holder {

		/**
		 * The one Träger whose rows the user may see; {@code null} for every Träger (the
		 * coordinators of the state office).
		 */
		@Nullable Long rowScopeProvider();

		long rowScopeAccount();

	}

	/**
	 * Set while the security context is resolved: with the sessions in PostgreSQL that
	 * reads the session in a transaction, whose scope must not ask for the context again.
	 */
	private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

	/** Work nobody is signed in for: scheduled jobs, public forms, start-up. */
	public static final RowScope SYSTEM = new RowScope("*", "");

	/** Set while work is done for nobody in particular, see {@link #asNobody}. */
	private static final ThreadLocal<Boolean> NOBODY = ThreadLocal.withInitial(() -> false);

	/**
	 * Runs work that is nobody's in particular, such as a public form, whoever is signed
	 * in: its transactions get the scope {@link #SYSTEM}, as when nobody is signed in.
	 */
	public static <T> T asNobody(java.util.function.Supplier<T> work) {
		boolean before = NOBODY.get();
		NOBODY.set(true);
		try {
			return work.get();
		}
		finally {
			NOBODY.set(before);
		}
	}

	/**
	 * The scope of the user signed in on this thread, or {@link #SYSTEM} without one.
	 */
	public static RowScope current() {
		if (NOBODY.get()) {
			return SYSTEM;
		}
		if (RESOLVING.get()) {
			// the signed-in user is being loaded (from the session store, in a
			// transaction of its own)
			return SYSTEM;
		}
		RESOLVING.set(true);
		Authentication authentication;
		try {
			authentication = SecurityContextHolder.getContext().getAuthentication();
		}
		finally {
			RESOLVING.remove();
		}
		if (authentication != null && authentication.getPrincipal() instanceof Holder user) {
			Long provider = user.rowScopeProvider();
			return new RowScope((provider != null) ? provider.toString() : "*", Long.toString(user.rowScopeAccount()));
		}
		return SYSTEM;
	}

}
