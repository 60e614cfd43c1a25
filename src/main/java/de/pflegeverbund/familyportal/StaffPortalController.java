package de.pflegeverbund.familyportal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import de.pflegeverbund.account.AccountException;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.familyportal.Forms.InviteForm;
import de.pflegeverbund.familyportal.Forms.ProtectionForm;
import de.pflegeverbund.shared.web.HomeCard;
import de.pflegeverbund.shared.web.HomeSection;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of the family portal: a family's accounts and protection concept
 * ({@code /familien/{id}/beteiligung}), correction requests ({@code /korrekturen}), the
 * Leitung's list of families without protection record and its home card.
 */
@Controller
class StaffPortalController implements HomeSection {

	private static final String PARTICIPATION_VIEW = "familyportal/participation";

	private final FamilyPortal portal;

	private final Clock clock;

	StaffPortalController(FamilyPortal portal, Clock clock) {
		this.portal = portal;
		this.clock = clock;
	}

	@Override
	public Optional<HomeCard> card(Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof PortalUser user) || !user.hasRole(Role.PROVIDER_ADMIN)) {
			return Optional.empty();
		}
		int missing = portal.missingProtection(user).size();
		long concerns = portal.inbox(user).stream().filter(c -> c.status() != Portal.ConcernStatus.RESOLVED).count();
		if (missing == 0 && concerns == 0) {
			return Optional.empty();
		}
		return Optional.of(new HomeCard("portal.card.title", "portal.card.text", new Object[] { missing, concerns },
				(concerns > 0) ? "/leitung/anliegen" : "/leitung/schutzkonzept", "portal.card.link", concerns > 0));
	}

	@GetMapping("/familien/{id}/beteiligung")
	String participation(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("participation", portal.participation(user, id));
		if (!model.containsAttribute("invite")) {
			model.addAttribute("invite", InviteForm.empty());
		}
		if (!model.containsAttribute("protection")) {
			model.addAttribute("protection", ProtectionForm.empty());
		}
		return PARTICIPATION_VIEW;
	}

	@PostMapping("/familien/{id}/familienzugang")
	String invite(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("invite") InviteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		de.pflegeverbund.shared.web.Forms.requireBound(result);
		portal.participation(user, id);
		if (!result.hasErrors()) {
			try {
				portal.invite(user, id, form.name().strip(), form.email().strip());
				redirect.addFlashAttribute("success", "portal.flash.invited");
				return "redirect:/familien/" + id + "/beteiligung";
			}
			catch (AccountException ex) {
				result.rejectValue("email", ex.messageKey());
			}
		}
		return participation(user, id, model);
	}

	@PostMapping("/familien/{id}/schutzkonzept")
	String recordProtection(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("protection") ProtectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		de.pflegeverbund.shared.web.Forms.requireBound(result);
		portal.participation(user, id);
		form.validate(result, LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))));
		if (result.hasErrors()) {
			return participation(user, id, model);
		}
		portal.recordProtection(user, id, form.conceptVersion().strip(), form.appliedOn(), form.participants().strip(),
				form.childInformedOn());
		redirect.addFlashAttribute("success", "portal.flash.protection");
		return "redirect:/familien/" + id + "/beteiligung";
	}

	@GetMapping("/korrekturen")
	String corrections(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("corrections", portal.correctionsForStaff(user));
		return "familyportal/corrections";
	}

	@PostMapping("/korrekturen/{id}")
	String decide(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "decision", defaultValue = "") String decision,
			@RequestParam(name = "reason", defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		if (!"annehmen".equals(decision) && !"ablehnen".equals(decision)) {
			throw new de.pflegeverbund.shared.web.NotFoundException();
		}
		@Nullable String error = null;
		if (reason.length() > 2000 || !reason.matches(de.pflegeverbund.shared.web.InputPatterns.MULTI_LINE_TEXT)) {
			error = "portal.correction.reasonInvalid";
		}
		else {
			try {
				portal.decideCorrection(user, id, "annehmen".equals(decision), reason);
				redirect.addFlashAttribute("success", "portal.flash.decided");
				return "redirect:/korrekturen";
			}
			catch (PortalException ex) {
				if ("portal.correction.decided".equals(ex.messageKey())) {
					redirect.addFlashAttribute("failure", ex.messageKey());
					return "redirect:/korrekturen";
				}
				error = ex.messageKey();
			}
		}
		model.addAttribute("errorId", id);
		model.addAttribute("errorKey", error);
		model.addAttribute("reasonText", reason);
		return corrections(user, model);
	}

	@GetMapping("/leitung/schutzkonzept")
	String missingProtection(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("missing", portal.missingProtection(user));
		return "familyportal/missing-protection";
	}

}
