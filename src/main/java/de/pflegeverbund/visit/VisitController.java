package de.pflegeverbund.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.shared.web.Forms;
import de.pflegeverbund.shared.web.InputPatterns;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visit log of a family: history, recording a contact, changing it during the edit
 * period, amendments.
 */
@Controller
@RequestMapping("/familien/{familyId}/kontakte")
class VisitController {

	private static final String FORM_VIEW = "visit/form";

	private final VisitManagement visits;

	private final VisitLogPdf pdfs;

	private final Clock clock;

	VisitController(VisitManagement visits, VisitLogPdf pdfs, Clock clock) {
		this.visits = visits;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("kindOptions", Arrays.asList(VisitKind.values()));
	}

	@GetMapping
	String history(@AuthenticationPrincipal PortalUser user, @PathVariable long familyId,
			@RequestParam(name = "art", required = false) @Nullable String kind,
			@RequestParam(name = "von", required = false) @Nullable String from,
			@RequestParam(name = "bis", required = false) @Nullable String until, Model model) {
		VisitKind filter = parseKind(kind);
		LocalDate fromDate = parseDate(from);
		LocalDate untilDate = parseDate(until);
		model.addAttribute("family", visits.family(user, familyId));
		model.addAttribute("visits",
				visits.history(user, familyId, filter)
					.stream()
					.filter(visit -> within(visit, fromDate, untilDate))
					.toList());
		model.addAttribute("filter", filter);
		model.addAttribute("from", fromDate);
		model.addAttribute("until", untilDate);
		return "visit/history";
	}

	private static boolean within(VisitView visit, @Nullable LocalDate from, @Nullable LocalDate until) {
		LocalDate day = visit.data().occurredAt().atZone(VisitManagement.ZONE).toLocalDate();
		return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
	}

	private static @Nullable LocalDate parseDate(@Nullable String value) {
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value.trim()) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The contact log as a PDF for a care-plan meeting.
	 */
	@GetMapping("/protokoll.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PortalUser user, @PathVariable long familyId) {
		byte[] pdf = pdfs.render(visits.family(user, familyId), visits.history(user, familyId, null));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kontaktprotokoll.pdf\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	@GetMapping("/neu")
	String initCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable long familyId, Model model) {
		model.addAttribute("family", visits.family(user, familyId));
		model.addAttribute("form", VisitForm.fresh(LocalDateTime.now(clock.withZone(VisitManagement.ZONE))));
		return FORM_VIEW;
	}

	@PostMapping
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable long familyId,
			@Valid @ModelAttribute("form") VisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		checkTime(form, result);
		form.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("family", visits.family(user, familyId));
			return FORM_VIEW;
		}
		UUID key = (form.submissionKey() != null) ? form.submissionKey() : UUID.randomUUID();
		long id;
		try {
			// checks in its transaction that the family is the user's (404 otherwise)
			id = visits.record(user, familyId, key, form.toData());
		}
		catch (DataIntegrityViolationException ex) {
			// sent before with this key (double click, reload): the first one's page;
			// a key of another family's contact (a form tampered with) is replaced
			id = visits.recordedWith(user, familyId, key)
				.orElseGet(() -> visits.record(user, familyId, UUID.randomUUID(), form.toData()));
		}
		redirect.addFlashAttribute("success", "visit.flash.saved");
		return "redirect:/familien/" + familyId + "/kontakte/" + id;
	}

	@GetMapping("/{visitId}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long familyId, @PathVariable long visitId,
			Model model) {
		VisitPage page = visits.page(user, familyId, visitId);
		model.addAttribute("family", page.family());
		model.addAttribute("visit", page.visit());
		return "visit/detail";
	}

	@GetMapping("/{visitId}/bearbeiten")
	String initUpdateForm(@AuthenticationPrincipal PortalUser user, @PathVariable long familyId,
			@PathVariable long visitId, Model model) {
		VisitView visit = visits.view(user, familyId, visitId);
		if (!visit.editable()) {
			return "redirect:/familien/" + familyId + "/kontakte/" + visitId;
		}
		model.addAttribute("family", visits.family(user, familyId));
		model.addAttribute("visitId", visitId);
		model.addAttribute("form", VisitForm.of(visit.data(), visit.version()));
		return FORM_VIEW;
	}

	@PostMapping("/{visitId}/bearbeiten")
	String processUpdateForm(@AuthenticationPrincipal PortalUser user, @PathVariable long familyId,
			@PathVariable long visitId, @Valid @ModelAttribute("form") VisitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		model.addAttribute("family", visits.family(user, familyId));
		model.addAttribute("visitId", visitId);
		checkTime(form, result);
		form.validate(result);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			visits.update(user, familyId, visitId, (form.version() != null) ? form.version() : -1, form.toData());
		}
		catch (VisitException ex) {
			result.reject(ex.messageKey());
			return FORM_VIEW;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("visit.error.conflict");
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("success", "visit.flash.saved");
		return "redirect:/familien/" + familyId + "/kontakte/" + visitId;
	}

	@PostMapping("/{visitId}/nachtrag")
	String amend(@AuthenticationPrincipal PortalUser user, @PathVariable long familyId, @PathVariable long visitId,
			@RequestParam(required = false) @Nullable String text, RedirectAttributes redirect) {
		if (!StringUtils.hasText(text) || text.length() > 5000 || !text.matches(InputPatterns.MULTI_LINE_TEXT)) {
			visits.view(user, familyId, visitId);
			redirect.addFlashAttribute("failure", "visit.amendment.invalid");
		}
		else {
			visits.amend(user, familyId, visitId, text.trim());
			redirect.addFlashAttribute("success", "visit.flash.amended");
		}
		return "redirect:/familien/" + familyId + "/kontakte/" + visitId;
	}

	private void checkTime(VisitForm form, BindingResult result) {
		if (form.occurredAt() != null
				&& form.occurredAt().isAfter(LocalDateTime.now(clock.withZone(VisitManagement.ZONE)).plusHours(1))) {
			result.rejectValue("occurredAt", "visit.form.occurredAt.future");
		}
	}

	private static @Nullable VisitKind parseKind(@Nullable String kind) {
		return Arrays.stream(VisitKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
	}

}
