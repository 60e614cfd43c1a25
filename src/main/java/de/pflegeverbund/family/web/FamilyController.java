package de.pflegeverbund.family.web;

import java.time.Clock;
import de.pflegeverbund.shared.web.Forms;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.assignment.AssignmentKind;
import de.pflegeverbund.family.CareType;
import de.pflegeverbund.family.FamilyManagement;
import de.pflegeverbund.family.FamilyRef;
import de.pflegeverbund.family.FamilyStatus;
import de.pflegeverbund.family.CarePermit;
import de.pflegeverbund.family.domain.FamilyDetails;
import de.pflegeverbund.family.FamilyListItem;
import de.pflegeverbund.family.FamilyForm;
import de.pflegeverbund.family.FamilyRuleException;
import de.pflegeverbund.family.domain.FamilySearch;
import de.pflegeverbund.family.PlacementEndReason;
import de.pflegeverbund.family.Qualification;
import de.pflegeverbund.family.web.DetailForms.CertificateForm;
import de.pflegeverbund.family.web.DetailForms.PlacementForm;
import de.pflegeverbund.family.web.DetailForms.StatusForm;
import de.pflegeverbund.shared.web.NotFoundException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * The family register: list with search, create, edit, the family page with status,
 * certificates and placements. Which families a user may see is decided by
 * {@link FamilyManagement}.
 */
@Controller
@RequestMapping("/familien")
class FamilyController {

	private static final String FORM_VIEW = "family/form";

	static final String DETAIL_VIEW = "family/detail";

	private final FamilyManagement families;

	private final Clock clock;

	FamilyController(FamilyManagement families, Clock clock) {
		this.families = families;
		this.clock = clock;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("careTypeOptions", Arrays.asList(CareType.values()));
		model.addAttribute("statusOptions", Arrays.asList(FamilyStatus.values()));
		model.addAttribute("qualificationOptions", Arrays.asList(Qualification.values()));
		model.addAttribute("carePermitOptions", Arrays.asList(CarePermit.values()));
		model.addAttribute("endReasonOptions", Arrays.asList(PlacementEndReason.values()));
		model.addAttribute("today", LocalDate.now(clock));
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		return showList(user, new SearchForm(null, null, null, null, 0), model);
	}

	/**
	 * The search goes by POST so that names typed into it never end up in a URL.
	 */
	@PostMapping
	String search(@AuthenticationPrincipal PortalUser user, @ModelAttribute("search") SearchForm search, Model model) {
		return showList(user, search, model);
	}

	private String showList(PortalUser user, SearchForm search, Model model) {
		Page<FamilyListItem> page = families.search(user, search.toSearch(), search.pageOrFirst());
		model.addAttribute("search", search);
		model.addAttribute("page", page);
		model.addAttribute("counsellors", families.assignableStaff(user));
		return "family/list";
	}

	@GetMapping("/neu")
	String initCreationForm(@AuthenticationPrincipal PortalUser user, Model model) {
		requireAdmin(user);
		model.addAttribute("form", FamilyForm.empty());
		model.addAttribute("counsellors", families.assignableStaff(user));
		return FORM_VIEW;
	}

	@PostMapping("/neu")
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") FamilyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		requireAdmin(user);
		model.addAttribute("counsellors", families.assignableStaff(user));
		checkSecondAdult(form, result);
		if (form.primaryCounsellorId() == null) {
			result.rejectValue("primaryCounsellorId", "family.assignment.counsellor.required");
		}
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			long id = families.create(user, form.toData(), form.primaryCounsellorId());
			redirect.addFlashAttribute("success", "family.flash.created");
			return "redirect:/familien/" + id;
		}
		catch (FamilyRuleException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM_VIEW;
		}
		catch (de.pflegeverbund.assignment.AssignmentException ex) {
			result.rejectValue("primaryCounsellorId", ex.messageKey());
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		return showDetails(user, id, model);
	}

	@GetMapping("/{id}/bearbeiten")
	String initUpdateForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		FamilyDetails details = families.details(user, id);
		model.addAttribute("family", details.family());
		model.addAttribute("form", FamilyForm.of(details.family().toData(), details.family().version()));
		return FORM_VIEW;
	}

	@PostMapping("/{id}/bearbeiten")
	String processUpdateForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") FamilyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		model.addAttribute("family", families.reference(user, id));
		checkSecondAdult(form, result);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			families.update(user, id, (form.version() != null) ? form.version() : -1, form.toData());
			redirect.addFlashAttribute("success", "family.flash.saved");
			return "redirect:/familien/" + id;
		}
		catch (FamilyRuleException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM_VIEW;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			FamilyDetails current = families.details(user, id);
			model.addAttribute("conflict", true);
			model.addAttribute("formVersion", current.family().version());
			model.addAttribute("current", FamilyForm.of(current.family().toData(), current.family().version()));
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}/status")
	String statusForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("statusForm", new StatusForm(null, LocalDate.now(clock), ""));
		return statusPage(user, id, model);
	}

	@PostMapping("/{id}/status")
	String changeStatus(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				families.changeStatus(user, id, form.status(), form.statusOn(), form.note());
				redirect.addFlashAttribute("success", "family.flash.statusChanged");
				return "redirect:/familien/" + id + "#status";
			}
			catch (FamilyRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return statusPage(user, id, model);
	}

	private String statusPage(PortalUser user, long id, Model model) {
		FamilyRef family = families.reference(user, id);
		model.addAttribute("family", family);
		model.addAttribute("nextStatuses", family.status().next());
		return "family/status-form";
	}

	@GetMapping("/{id}/erwachsene/{adultId}/fuehrungszeugnis")
	String certificateForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable long adultId,
			Model model) {
		model.addAttribute("certificateForm", new CertificateForm(LocalDate.now(clock), null, null));
		return certificatePage(user, id, adultId, model);
	}

	@PostMapping("/{id}/erwachsene/{adultId}/fuehrungszeugnis")
	String recordCertificate(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long adultId, @Valid @ModelAttribute("certificateForm") CertificateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				families.recordCertificate(user, id, adultId, form.inspectedOn(), form.certificateDate(),
						form.relevantEntry());
				redirect.addFlashAttribute("success", "family.flash.certificateSaved");
				return "redirect:/familien/" + id + "#erwachsene";
			}
			catch (FamilyRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return certificatePage(user, id, adultId, model);
	}

	/** The form for an adult of a family that is not ended; 404 for every other. */
	private String certificatePage(PortalUser user, long id, long adultId, Model model) {
		FamilyDetails details = families.details(user, id);
		requireActive(details.family().status());
		model.addAttribute("family", details.family());
		model.addAttribute("adult",
				details.adults()
					.stream()
					.filter(adult -> adult.id() == adultId)
					.findFirst()
					.orElseThrow(NotFoundException::new));
		return "family/certificate-form";
	}

	@GetMapping("/{id}/pflegeverhaeltnisse/neu")
	String placementForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("placementForm", new PlacementForm("", "", null, "", LocalDate.now(clock)));
		return placementPage(user, id, model);
	}

	@PostMapping("/{id}/pflegeverhaeltnisse")
	String addPlacement(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("placementForm") PlacementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				families.addPlacement(user, id, form.childAlias().trim(), Integer.parseInt(form.birthYear().trim()),
						form.careType(), form.placingOffice().trim(), form.startedOn());
				redirect.addFlashAttribute("success", "family.flash.placementAdded");
				return "redirect:/familien/" + id + "#pflegeverhaeltnisse";
			}
			catch (FamilyRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return placementPage(user, id, model);
	}

	private String placementPage(PortalUser user, long id, Model model) {
		FamilyRef family = families.reference(user, id);
		requireActive(family.status());
		model.addAttribute("family", family);
		return "family/placement-form";
	}

	@GetMapping("/{id}/pflegeverhaeltnisse/{placementId}/beenden")
	String endPlacementForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long placementId, Model model) {
		model.addAttribute("endPlacementForm", new DetailForms.EndPlacementForm(LocalDate.now(clock), null));
		return endPlacementPage(user, id, placementId, true, model);
	}

	@PostMapping("/{id}/pflegeverhaeltnisse/{placementId}/beenden")
	String endPlacement(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable long placementId,
			@Valid @ModelAttribute("endPlacementForm") DetailForms.EndPlacementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				families.endPlacement(user, id, placementId, form.endedOn(), form.endReason());
				redirect.addFlashAttribute("success", "family.flash.placementEnded");
				return "redirect:/familien/" + id + "#pflegeverhaeltnisse";
			}
			catch (FamilyRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		// also for one ended meanwhile: the message says so
		return endPlacementPage(user, id, placementId, false, model);
	}

	/**
	 * The form for a placement of the family; 404 for every other and, when asked for the
	 * form, for one already ended.
	 */
	private String endPlacementPage(PortalUser user, long id, long placementId, boolean onlyActive, Model model) {
		FamilyDetails details = families.details(user, id);
		model.addAttribute("family", details.family());
		model.addAttribute("placement",
				details.placements()
					.stream()
					.filter(placement -> placement.id() == placementId && (placement.isActive() || !onlyActive))
					.findFirst()
					.orElseThrow(NotFoundException::new));
		return "family/end-placement-form";
	}

	/** Nothing to add to an ended family: 404. */
	private static void requireActive(FamilyStatus status) {
		if (!status.isActive()) {
			throw new NotFoundException();
		}
	}

	@GetMapping("/{id}/verlauf")
	String history(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("revisions", families.history(user, id));
		model.addAttribute("family", families.reference(user, id));
		return "family/history";
	}

	@GetMapping("/fuehrungszeugnisse")
	String certificates(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("certificates", families.certificatesDue(user));
		return "family/certificates";
	}

	String showDetails(PortalUser user, long id, Model model) {
		FamilyDetails details = families.details(user, id);
		model.addAttribute("details", details);
		model.addAttribute("family", details.family());
		LocalDate today = LocalDate.now(clock);
		addIfAbsent(model, "primaryForm", new DetailForms.PrimaryForm(null, today));
		addIfAbsent(model, "additionalForm", new DetailForms.AdditionalForm(null, AssignmentKind.CO, today, null));
		model.addAttribute("nextStatuses", details.family().status().next());
		if (user.hasRole(Role.PROVIDER_ADMIN)) {
			model.addAttribute("counsellors", families.assignableStaff(user));
		}
		model.addAttribute("additionalKinds", List.of(AssignmentKind.CO, AssignmentKind.SUBSTITUTE));
		return DETAIL_VIEW;
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private static void checkSecondAdult(FamilyForm form, BindingResult result) {
		Forms.requireBound(result);
		form.validateAdults(result);
	}

	static void requireAdmin(PortalUser user) {
		if (!user.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
	}

	/**
	 * The search form of the list.
	 */
	record SearchForm(@Nullable String text, @Nullable FamilyStatus status, @Nullable CareType careType,
			@Nullable Long counsellorId, @Nullable Integer page) {

		FamilySearch toSearch() {
			// without control characters: PostgreSQL refuses a NUL even as a parameter
			return new FamilySearch((text != null && text.length() <= 100) ? text.replaceAll("\\p{Cc}", "") : null,
					status, careType, counsellorId);
		}

		int pageOrFirst() {
			return (page != null && page >= 0) ? page : 0;
		}

	}

}
