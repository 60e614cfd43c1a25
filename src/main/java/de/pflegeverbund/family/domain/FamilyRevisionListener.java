package de.pflegeverbund.family.domain;

import de.pflegeverbund.account.PortalUser;
import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Notes the signed-in account on each revision; changes made by the system (jobs, demo
 * data) have none.
 */
public class FamilyRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			((FamilyRevision) revisionEntity).setAccountId(user.id());
		}
	}

}
