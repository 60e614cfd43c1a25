package de.pflegeverbund.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.family.FamilyFigures;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.familyportal.FamilyPortal;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo family portal: the demo family account belongs to the first family of Träger 1;
 * every other family of Träger 1 has a protection record, half of them with the day the
 * child was informed, so that the Leitung's reminder has something to show.
 */
@Component
@Profile("demo")
class DemoPortal {

	private final FamilyPortal portal;

	private final FamilyManagement families;

	private final Clock clock;

	DemoPortal(FamilyPortal portal, FamilyManagement families, Clock clock) {
		this.portal = portal;
		this.families = families;
		this.clock = clock;
	}

	void linkDemoFamily(PortalUser admin, long familyAccount) {
		LocalDate today = LocalDate.now(clock);
		List<FamilyFigures.ActiveFamily> active = families.activeFamiliesAt(today, admin.requireProviderId())
			.stream()
			.sorted(Comparator.comparingLong(FamilyFigures.ActiveFamily::id))
			.toList();
		if (active.isEmpty()) {
			return;
		}
		portal.link(familyAccount, active.get(0).id(), admin.requireProviderId());
		for (int i = 0; i < active.size(); i += 2) {
			portal.recordProtection(admin, active.get(i).id(), "Schutzkonzept Träger 1, Fassung 2026",
					today.minusDays(30 + i), "Pflegeeltern, Kind, Fachberatung",
					(i % 4 == 0) ? today.minusDays(30 + i) : null);
		}
	}

}
