package de.pflegeverbund.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.shared.web.Forms;
import de.pflegeverbund.shared.web.NotFoundException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings and events: the list and page everybody may see according to the audience
 * (`/veranstaltungen`, also without account), one-click registration for staff, and the
 * form with which the coordinator or a Leitung creates a meeting.
 */
@Controller
class MeetingController {

	private static final String FORM_VIEW = "meeting/form";

	private final MeetingManagement meetings;

	private final Clock clock;

	MeetingController(MeetingManagement meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping("/veranstaltungen")
	String list(@AuthenticationPrincipal @Nullable PortalUser user, Model model) {
		model.addAttribute("meetings", meetings.upcoming(user));
		model.addAttribute("mayCreate",
				user != null && (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.PROVIDER_ADMIN)));
		return "meeting/list";
	}

	@GetMapping("/veranstaltungen/{id}")
	String show(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("meeting", meetings.find(user, id));
		boolean staff = user != null && !user.hasRole(Role.FAMILY);
		model.addAttribute("staff", staff);
		model.addAttribute("registration", staff ? meetings.registrationOf(user, id).orElse(null) : null);
		return "meeting/detail";
	}

	@PostMapping("/veranstaltungen/{id}/anmelden")
	String register(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		if (user == null) {
			return "redirect:/login";
		}
		try {
			RegistrationStatus status = meetings.register(user, id);
			redirect.addFlashAttribute("success",
					(status == RegistrationStatus.CONFIRMED) ? "meeting.flash.registered" : "meeting.flash.waiting");
		}
		catch (MeetingException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/veranstaltungen/" + id;
	}

	@PostMapping("/veranstaltungen/{id}/abmelden")
	String cancel(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		if (user == null) {
			return "redirect:/login";
		}
		try {
			meetings.cancel(user, id);
			redirect.addFlashAttribute("success", "meeting.flash.cancelled");
		}
		catch (MeetingException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/veranstaltungen/" + id;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("kindOptions", Arrays.asList(MeetingKind.values()));
		model.addAttribute("audienceOptions", Arrays.asList(Audience.values()));
	}

	@GetMapping({ "/koordination/veranstaltungen/neu", "/leitung/veranstaltungen/neu" })
	String initCreationForm(@AuthenticationPrincipal PortalUser user, Model model) {
		requireOrganiser(user);
		model.addAttribute("form", MeetingForm.empty(LocalDate.now(clock).plusDays(14)));
		model.addAttribute("formAction", formAction(user));
		return FORM_VIEW;
	}

	@PostMapping({ "/koordination/veranstaltungen/neu", "/leitung/veranstaltungen/neu" })
	String processCreationForm(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, RedirectAttributes redirect) {
		Forms.requireBound(result);
		requireOrganiser(user);
		form.validate(result, LocalDate.now(clock));
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		long id = meetings.create(user, form.toData());
		redirect.addFlashAttribute("success", "meeting.flash.created");
		return "redirect:/veranstaltungen/" + id;
	}

	private static String formAction(PortalUser user) {
		return user.hasRole(Role.COORDINATOR) ? "/koordination/veranstaltungen/neu" : "/leitung/veranstaltungen/neu";
	}

	private static void requireOrganiser(PortalUser user) {
		if (!user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.PROVIDER_ADMIN)) {
			throw new NotFoundException();
		}
	}

}
