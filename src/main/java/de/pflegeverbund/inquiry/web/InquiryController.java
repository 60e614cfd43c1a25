package de.pflegeverbund.inquiry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.inquiry.InquiryException;
import de.pflegeverbund.inquiry.InquiryManagement;
import de.pflegeverbund.inquiry.InquiryStatus;
import de.pflegeverbund.inquiry.domain.InquiryDetails;
import de.pflegeverbund.inquiry.domain.InquiryListItem;
import de.pflegeverbund.shared.web.Forms;
import de.pflegeverbund.shared.web.HomeCard;
import de.pflegeverbund.shared.web.HomeSection;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.Stamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Träger's inquiry pipeline: list and board by status, one inquiry with its history
 * and notes, assignment, status changes, erasure on request.
 */
@Controller
@RequestMapping("/anfragen")
class InquiryController implements HomeSection {

	private static final String DETAIL_VIEW = "inquiry/detail";

	private final InquiryManagement inquiries;

	private final AccountManagement accounts;

	private final Clock clock;

	InquiryController(InquiryManagement inquiries, AccountManagement accounts, Clock clock) {
		this.inquiries = inquiries;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Optional<HomeCard> card(Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof PortalUser user)) {
			return Optional.empty();
		}
		if (user.hasRole(Role.PROVIDER_ADMIN)) {
			long fresh = inquiries.countNew(user.requireProviderId());
			return (fresh == 0) ? Optional.empty() : Optional.of(new HomeCard("inquiry.card.newTitle",
					"inquiry.card.newText", new Object[] { fresh }, "/anfragen", "inquiry.card.link", false));
		}
		if (user.hasRole(Role.COUNSELLOR)) {
			long assigned = inquiries.countOpenAssignedTo(user.id());
			return (assigned == 0) ? Optional.empty() : Optional.of(new HomeCard("inquiry.card.assignedTitle",
					"inquiry.card.assignedText", new Object[] { assigned }, "/anfragen", "inquiry.card.link", false));
		}
		return Optional.empty();
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("statusOptions", Arrays.asList(InquiryStatus.values()));
		model.addAttribute("openStatuses", InquiryStatus.OPEN);
		model.addAttribute("today", LocalDate.now(clock));
	}

	/**
	 * @param status a status name, "alle", or nothing for the open ones
	 */
	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "0") int seite, Model model) {
		Collection<InquiryStatus> statuses = statuses(status);
		Page<InquiryListItem> page = inquiries.list(user, statuses, seite);
		model.addAttribute("page", page);
		model.addAttribute("filter", (statuses.size() == 1) ? statuses.iterator().next().name()
				: ("alle".equals(status) ? "alle" : "offen"));
		return "inquiry/list";
	}

	private static Collection<InquiryStatus> statuses(@Nullable String status) {
		if ("alle".equals(status)) {
			return EnumSet.allOf(InquiryStatus.class);
		}
		for (InquiryStatus candidate : InquiryStatus.values()) {
			if (candidate.name().equals(status)) {
				return EnumSet.of(candidate);
			}
		}
		return InquiryStatus.OPEN;
	}

	@GetMapping("/tafel")
	String board(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("board", inquiries.board(user));
		return "inquiry/board";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		return showDetails(user, id, model);
	}

	@PostMapping("/{id}/status")
	String changeStatus(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		InquiryStatus target = form.target();
		if (target == null) {
			result.rejectValue("status", "inquiry.status.required");
		}
		if (form.changedOn() == null) {
			result.rejectValue("changedOn", "inquiry.status.dateRequired");
		}
		if (result.hasErrors()) {
			return showDetails(user, id, model);
		}
		try {
			inquiries.changeStatus(user, id, target, form.changedOn(), blankToNull(form.note()));
		}
		catch (InquiryException ex) {
			reject(result, ex);
			return showDetails(user, id, model);
		}
		redirect.addFlashAttribute("success", "inquiry.flash.statusChanged");
		return "redirect:/anfragen/" + id;
	}

	@PostMapping("/{id}/notizen")
	String addNote(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (result.hasErrors()) {
			return showDetails(user, id, model);
		}
		inquiries.addNote(user, id, form.text().strip());
		redirect.addFlashAttribute("success", "inquiry.flash.noteAdded");
		return "redirect:/anfragen/" + id;
	}

	@PostMapping("/{id}/zuordnung")
	String assign(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("assignForm") AssignForm form, BindingResult result,
			@RequestParam(name = Stamp.FIELD, required = false) @Nullable String stamp, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		requireAdmin(user);
		if (form.counsellorId() == null) {
			result.rejectValue("counsellorId", "inquiry.assign.required");
			return showDetails(user, id, keepStamp(model, stamp));
		}
		try {
			inquiries.assign(user, id, form.counsellorId(), stamp);
		}
		catch (InquiryException ex) {
			reject(result, ex);
			// after a conflict, the page is made from the counsellor assigned meanwhile
			return showDetails(user, id,
					ex.messageKey().equals("inquiry.assign.conflict") ? model : keepStamp(model, stamp));
		}
		redirect.addFlashAttribute("success", "inquiry.flash.assigned");
		return "redirect:/anfragen/" + id;
	}

	@PostMapping("/{id}/loeschen")
	String erase(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("eraseForm") EraseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		requireAdmin(user);
		if (!Boolean.TRUE.equals(form.confirmed())) {
			result.rejectValue("confirmed", "inquiry.erase.confirmRequired");
			return showDetails(user, id, model);
		}
		inquiries.erase(user, id);
		redirect.addFlashAttribute("success", "inquiry.flash.erased");
		return "redirect:/anfragen";
	}

	private String showDetails(PortalUser user, long id, Model model) {
		InquiryDetails details = inquiries.details(user, id);
		model.addAttribute("inquiry", details);
		LocalDate today = LocalDate.now(clock);
		addIfAbsent(model, "statusForm", new StatusForm(null, today, ""));
		addIfAbsent(model, "noteForm", new NoteForm(""));
		addIfAbsent(model, "assignForm", new AssignForm(details.counsellorId()));
		addIfAbsent(model, "assignStamp", Stamp.of(String.valueOf(details.counsellorId())));
		addIfAbsent(model, "eraseForm", new EraseForm(false));
		model.addAttribute("nextStatuses",
				Arrays.stream(InquiryStatus.values()).filter(status -> status != details.status()).toList());
		if (user.hasRole(Role.PROVIDER_ADMIN)) {
			model.addAttribute("counsellors", accounts.activeStaffOf(user.requireProviderId()));
		}
		return DETAIL_VIEW;
	}

	/** A form shown again for a mistake is still made from the state it showed first. */
	private static Model keepStamp(Model model, @Nullable String stamp) {
		if (stamp != null) {
			model.addAttribute("assignStamp", stamp);
		}
		return model;
	}

	private static void requireAdmin(PortalUser user) {
		if (!user.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
	}

	private static void reject(BindingResult result, InquiryException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A status change.
	 */
	record StatusForm(@Nullable String status,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate changedOn,
			@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = InterestForm.TEXT,
					message = "{inquiry.form.text.invalid}") @Nullable String note) {

		@Nullable InquiryStatus target() {
			return Arrays.stream(InquiryStatus.values())
				.filter(candidate -> candidate.name().equals(status))
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * A new note.
	 */
	record NoteForm(
			@NotBlank(message = "{inquiry.note.required}") @Size(max = 4000, message = "{validation.tooLong}") @Pattern(
					regexp = InterestForm.TEXT, message = "{inquiry.form.text.invalid}") @Nullable String text) {
	}

	/**
	 * The counsellor an inquiry goes to.
	 */
	record AssignForm(@Nullable Long counsellorId) {
	}

	/**
	 * The confirmation of an erasure.
	 */
	record EraseForm(@Nullable Boolean confirmed) {
	}

}
