package de.pflegeverbund.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import de.pflegeverbund.account.Role;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccounts extends JpaRepository<UserAccount, Long> {

	@Query("select a from UserAccount a where lower(a.email) = lower(:email)")
	Optional<UserAccount> findByEmail(String email);

	@Query("select count(a) > 0 from UserAccount a where lower(a.email) = lower(:email)")
	boolean existsByEmail(String email);

	boolean existsByRole(Role role);

	List<UserAccount> findByRoleAndActiveTrueOrderByDisplayNameAsc(Role role);

	@Query("select a.providerId, count(a) from UserAccount a where a.role = :role and a.active = true "
			+ "and a.providerId is not null group by a.providerId")
	List<Object[]> countActiveByProvider(Role role);

	List<UserAccount> findByProviderIdAndRoleInOrderByDisplayNameAsc(long providerId, Collection<Role> roles);

	Optional<UserAccount> findByIdAndProviderId(long id, long providerId);

	long countByProviderIdAndRoleInAndActiveTrue(long providerId, Collection<Role> roles);

}
