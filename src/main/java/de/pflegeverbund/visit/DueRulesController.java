package de.pflegeverbund.visit;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.shared.web.Stamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Leitung sets how many days may pass between two contacts, per care type.
 */
@Controller
@RequestMapping("/leitung/kontaktrhythmus")
class DueRulesController {

	private final VisitManagement visits;

	private final JdbcTemplate jdbc;

	DueRulesController(VisitManagement visits, JdbcTemplate jdbc) {
		this.visits = visits;
		this.jdbc = jdbc;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, Model model) {
		Map<CareType, Integer> stored = visits.intervals(user.requireProviderId());
		if (!model.containsAttribute("intervals")) {
			model.addAttribute("intervals", stored);
		}
		if (!model.containsAttribute(Stamp.FIELD)) {
			model.addAttribute(Stamp.FIELD, Stamp.of(stored));
		}
		model.addAttribute("careTypes", Arrays.asList(CareType.values()));
		return "visit/due-rules";
	}

	private String showInvalid(PortalUser user, CareType invalid, Model model) {
		model.addAttribute("invalid", invalid);
		model.addAttribute("failure", "visit.rules.invalid");
		return show(user, model);
	}

	@PostMapping
	@Transactional
	String save(@AuthenticationPrincipal PortalUser user, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<CareType, Integer> intervals = new EnumMap<>(CareType.class);
		for (CareType type : CareType.values()) {
			String value = params.getOrDefault(type.name(), "").trim();
			if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 365) {
				if (params.get(Stamp.FIELD) != null) {
					// shown again for the mistake: still made from the state it showed
					// first
					model.addAttribute(Stamp.FIELD, params.get(Stamp.FIELD));
				}
				return showInvalid(user, type, model);
			}
			intervals.put(type, Integer.parseInt(value));
		}
		long providerId = user.requireProviderId();
		if (Stamp.changedSince(params.get(Stamp.FIELD), visits.intervals(providerId))) {
			// somebody saved in between: the typed days stay, the next save overwrites
			// knowingly
			model.addAttribute("intervals", intervals);
			model.addAttribute("failure", "visit.rules.conflict");
			return show(user, model);
		}
		intervals.forEach((type, days) -> jdbc.update("""
				insert into visit_due_rule (provider_id, care_type, interval_days) values (?, ?, ?)
				on conflict (provider_id, care_type) do update set interval_days = excluded.interval_days""",
				providerId, type.name(), days));
		redirect.addFlashAttribute("success", "visit.rules.saved");
		return "redirect:/leitung/kontaktrhythmus";
	}

}
