package de.pflegeverbund.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.shared.web.HomeCard;
import de.pflegeverbund.shared.web.HomeSection;
import de.pflegeverbund.shared.web.InputPatterns;
import de.pflegeverbund.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Leitung's risk assessments (§ 8a SGB VIII): list, record the assessment, close with
 * a reason; and the urgent card on the Leitung's home page while any is open.
 */
@Controller
@RequestMapping("/leitung/gefaehrdungseinschaetzungen")
class RiskAssessmentController implements HomeSection {

	private final RiskAssessments assessments;

	private final VisitManagement visits;

	private final Clock clock;

	RiskAssessmentController(RiskAssessments assessments, VisitManagement visits, Clock clock) {
		this.assessments = assessments;
		this.visits = visits;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HomeCard> card(Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof PortalUser user) || !user.hasRole(Role.PROVIDER_ADMIN)) {
			return Optional.empty();
		}
		long open = assessments.countByProviderIdAndClosedAtIsNull(user.requireProviderId());
		return (open == 0) ? Optional.empty() : Optional.of(new HomeCard("visit.risk.cardTitle", "visit.risk.cardText",
				new Object[] { open }, "/leitung/gefaehrdungseinschaetzungen", "visit.risk.cardLink", true));
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("assessments",
				assessments.findByProviderIdOrderByClosedAtDescOpenedAtDesc(user.requireProviderId())
					.stream()
					.map(a -> RiskAssessmentView.of(a, visits.family(user, a.familyId()).name()))
					.toList());
		return "visit/risk-list";
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		RiskAssessment assessment = find(user, id);
		VisitPage page = visits.page(user, assessment.familyId(), assessment.visitId());
		model.addAttribute("family", page.family());
		model.addAttribute("assessment", RiskAssessmentView.of(assessment, page.family().name()));
		model.addAttribute("assessmentVersion", assessment.version());
		model.addAttribute("visit", page.visit());
		return "visit/risk-detail";
	}

	@PostMapping("/{id}")
	@Transactional
	String record(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String secondReviewer,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate youthOfficeInformedOn,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		RiskAssessment assessment = find(user, id);
		if (version != null && version != assessment.version()) {
			// somebody saved in between: nothing is overwritten, the typed values stay
			redirect.addFlashAttribute("failure", "visit.risk.conflict");
			redirect.addFlashAttribute("typedSecondReviewer", secondReviewer);
			redirect.addFlashAttribute("typedOutcome", outcome);
			return "redirect:/leitung/gefaehrdungseinschaetzungen/" + id;
		}
		if (length(secondReviewer) > 120 || length(outcome) > 5000
				|| !matches(secondReviewer, InputPatterns.SINGLE_LINE_TEXT)
				|| !matches(outcome, InputPatterns.MULTI_LINE_TEXT)
				|| (youthOfficeInformedOn != null && youthOfficeInformedOn.isAfter(LocalDate.now(clock)))) {
			redirect.addFlashAttribute("failure", "visit.risk.invalid");
		}
		else {
			try {
				assessment.record(trim(secondReviewer), trim(outcome), youthOfficeInformedOn);
				redirect.addFlashAttribute("success", "visit.risk.saved");
			}
			catch (VisitException ex) {
				redirect.addFlashAttribute("failure", ex.messageKey());
			}
		}
		return "redirect:/leitung/gefaehrdungseinschaetzungen/" + id;
	}

	@PostMapping("/{id}/abschliessen")
	@Transactional
	String close(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		RiskAssessment assessment = find(user, id);
		if (!StringUtils.hasText(reason) || reason.length() > 2000 || !matches(reason, InputPatterns.MULTI_LINE_TEXT)) {
			redirect.addFlashAttribute("failure", "visit.risk.reasonRequired");
		}
		else {
			try {
				assessment.close(user.id(), reason.trim(), clock.instant());
				redirect.addFlashAttribute("success", "visit.risk.closedNow");
			}
			catch (VisitException ex) {
				redirect.addFlashAttribute("failure", ex.messageKey());
			}
		}
		return "redirect:/leitung/gefaehrdungseinschaetzungen/" + id;
	}

	private RiskAssessment find(PortalUser user, long id) {
		return assessments.findByIdAndProviderId(id, user.requireProviderId()).orElseThrow(NotFoundException::new);
	}

	private static int length(@Nullable String value) {
		return (value != null) ? value.length() : 0;
	}

	private static @Nullable String trim(@Nullable String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	private static boolean matches(@Nullable String text, String pattern) {
		return text == null || text.matches(pattern);
	}

}
