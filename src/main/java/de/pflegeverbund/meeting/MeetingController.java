package de.pflegeverbund.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.shared.web.ClientRateLimit;
import de.pflegeverbund.shared.web.Forms;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.Stamp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Meetings and events: the list and page everybody may see according to the audience
 * (`/veranstaltungen`, also without account), one-click registration for staff, and the
 * form with which the coordinator or a Leitung creates a meeting.
 */
@Controller
class MeetingController {

	private static final String FORM_VIEW = "meeting/form";

	private final MeetingManagement meetings;

	private final ClientRateLimit rateLimit;

	private final Clock clock;

	MeetingController(MeetingManagement meetings,
			@Value("${portal.meeting.registrations-per-client}") int registrationsPerClient,
			@Value("${portal.meeting.rate-limit-window}") Duration window, Clock clock) {
		this.meetings = meetings;
		this.rateLimit = new ClientRateLimit(registrationsPerClient, window);
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
		return showDetails(user, id, model);
	}

	private String showDetails(@Nullable PortalUser user, long id, Model model) {
		MeetingView meeting = meetings.find(user, id);
		model.addAttribute("meeting", meeting);
		boolean staff = user != null && !user.hasRole(Role.FAMILY);
		RegistrationStatus registration = (user != null) ? meetings.registrationOf(user, id).orElse(null) : null;
		model.addAttribute("staff", staff);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("registration", registration);
		model.addAttribute("showOnlineLink", staff || registration == RegistrationStatus.CONFIRMED);
		model.addAttribute("organiser", meetings.isOrganiser(user, id));
		model.addAttribute("related", meetings.related(user, id));
		model.addAttribute("minutesHtml", meetings.minutes(user, id).orElse(null));
		if (!model.containsAttribute("external")) {
			model.addAttribute("external", ExternalForm.empty());
		}
		return "meeting/detail";
	}

	@PostMapping("/veranstaltungen/{id}/absagen")
	String cancelMeeting(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		if (user == null) {
			return "redirect:/login";
		}
		try {
			meetings.cancelMeeting(user, id);
			redirect.addFlashAttribute("success", "meeting.flash.meetingCancelled");
		}
		catch (MeetingException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/veranstaltungen/" + id;
	}

	@GetMapping("/veranstaltungen/{id}/protokoll")
	String minutesPage(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id, Model model) {
		if (user == null) {
			return "redirect:/login";
		}
		MeetingView meeting = meetings.find(user, id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("minutesVersion", meeting.version());
		List<AttendeeView> attendees = meetings.attendees(user, id);
		model.addAttribute("attendees", attendees);
		model.addAttribute(Stamp.FIELD, Stamp.of(attendance(attendees)));
		if (!model.containsAttribute("minutesText")) {
			model.addAttribute("minutesText", meetings.minutesSource(user, id));
		}
		return "meeting/minutes";
	}

	/** Who is ticked as present, in a stable order. */
	private static List<Long> attendance(List<AttendeeView> attendees) {
		return attendees.stream().filter(AttendeeView::attended).map(AttendeeView::registrationId).sorted().toList();
	}

	@PostMapping("/veranstaltungen/{id}/teilnahme")
	String recordAttendance(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id,
			@RequestParam(name = "present", required = false) java.util.@Nullable Set<Long> present,
			@RequestParam(name = Stamp.FIELD, required = false) @Nullable String stand, Model model,
			RedirectAttributes redirect) {
		if (user == null) {
			return "redirect:/login";
		}
		if (Stamp.changedSince(stand, attendance(meetings.attendees(user, id)))) {
			// somebody saved the list in between: the ticks made here stay, the next
			// save overwrites knowingly
			model.addAttribute("presentTyped", (present != null) ? present : java.util.Set.of());
			model.addAttribute("failure", "meeting.attendance.conflict");
			return minutesPage(user, id, model);
		}
		try {
			meetings.recordAttendance(user, id, (present != null) ? present : java.util.Set.of());
			redirect.addFlashAttribute("success", "meeting.flash.attendance");
		}
		catch (MeetingException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/veranstaltungen/" + id + "/protokoll";
	}

	@PostMapping("/veranstaltungen/{id}/protokoll")
	String saveMinutes(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id,
			@RequestParam(name = "text", defaultValue = "") String text,
			@RequestParam(name = "publish", defaultValue = "false") boolean publish,
			@RequestParam(name = "version", required = false) @Nullable Long version, Model model,
			RedirectAttributes redirect) {
		if (user == null) {
			return "redirect:/login";
		}
		if (text.length() > 50_000 || text.isBlank()
				|| text.chars().anyMatch(c -> c < 32 && c != '\n' && c != '\r' && c != '\t')) {
			model.addAttribute("minutesText", text);
			model.addAttribute("minutesError", text.isBlank() ? "meeting.minutes.required" : "meeting.minutes.invalid");
			return minutesPage(user, id, model);
		}
		try {
			meetings.saveMinutes(user, id, text, publish, version);
			redirect.addFlashAttribute("success",
					publish ? "meeting.flash.minutesPublished" : "meeting.flash.minutesSaved");
		}
		catch (MeetingException ex) {
			if ("text".equals(ex.field())) {
				// somebody saved in between: the typed text stays, and the next
				// save overwrites knowingly
				model.addAttribute("minutesText", text);
				model.addAttribute("minutesError", ex.messageKey());
				return minutesPage(user, id, model);
			}
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/veranstaltungen/" + id + "/protokoll";
	}

	@GetMapping("/veranstaltungen/{id}/kalender.ics")
	ResponseEntity<byte[]> calendar(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("veranstaltung-" + id + ".ics").build().toString())
			.body(meetings.calendar(user, id));
	}

	/**
	 * Registration of an external professional for a public meeting (double opt-in).
	 */
	@PostMapping("/veranstaltungen/{id}/anmeldung")
	String registerExternal(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("external") ExternalForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (meetings.find(user, id).audience() != Audience.PUBLIC) {
			throw new NotFoundException();
		}
		if (!rateLimit.tryAcquire(request, response)) {
			model.addAttribute("tooMany", true);
			return showDetails(user, id, model);
		}
		if (form.honeypotFilled()) {
			redirect.addFlashAttribute("success", "meeting.flash.checkMail");
			return "redirect:/veranstaltungen/" + id;
		}
		if (result.hasErrors()) {
			return showDetails(user, id, model);
		}
		try {
			meetings.registerExternal(id, form.toData());
		}
		catch (MeetingException ex) {
			result.reject(ex.messageKey());
			return showDetails(user, id, model);
		}
		redirect.addFlashAttribute("success", "meeting.flash.checkMail");
		return "redirect:/veranstaltungen/" + id;
	}

	@GetMapping("/veranstaltungen/anmeldung/{token}")
	String registration(@PathVariable String token, Model model) {
		model.addAttribute("registration", meetings.registration(token));
		model.addAttribute("token", token);
		return "meeting/registration";
	}

	@PostMapping("/veranstaltungen/anmeldung/{token}/bestaetigen")
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		RegistrationStatus status = meetings.confirm(token);
		redirect.addFlashAttribute("success",
				(status == RegistrationStatus.WAITING) ? "meeting.flash.waiting" : "meeting.flash.registered");
		return "redirect:/veranstaltungen/anmeldung/" + token;
	}

	@PostMapping("/veranstaltungen/anmeldung/{token}/abmelden")
	String cancelByLink(@PathVariable String token, RedirectAttributes redirect) {
		meetings.cancel(token);
		redirect.addFlashAttribute("success", "meeting.flash.cancelled");
		return "redirect:/veranstaltungen/anmeldung/" + token;
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
		model.addAttribute("rhythmOptions", Arrays.asList(SeriesRhythm.values()));
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
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		requireOrganiser(user);
		form.validate(result, LocalDate.now(clock));
		if (result.hasErrors()) {
			model.addAttribute("formAction", formAction(user));
			return FORM_VIEW;
		}
		long id = meetings.createSeries(user, form.toData(), form.rhythm(), form.occurrenceCount());
		redirect.addFlashAttribute("success",
				(form.rhythm() == SeriesRhythm.NONE) ? "meeting.flash.created" : "meeting.flash.seriesCreated");
		return "redirect:/veranstaltungen/" + id;
	}

	@GetMapping("/veranstaltungen/{id}/bearbeiten")
	String initUpdateForm(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id, Model model) {
		if (user == null) {
			return "redirect:/login";
		}
		MeetingView meeting = meetings.forOrganiser(user, id);
		model.addAttribute("form", MeetingForm.of(meeting));
		return editForm(meeting, model);
	}

	@PostMapping("/veranstaltungen/{id}/bearbeiten")
	String processUpdateForm(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (user == null) {
			return "redirect:/login";
		}
		Forms.requireBound(result);
		MeetingView meeting = meetings.forOrganiser(user, id);
		form.validate(result, LocalDate.now(clock));
		if (form.version() == null) {
			result.reject("meeting.edit.conflict");
		}
		if (result.hasErrors()) {
			return editForm(meeting, model);
		}
		try {
			meetings.update(user, id, form.version(), form.toData());
		}
		catch (MeetingException ex) {
			if (ex.field() != null) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			else {
				result.reject(ex.messageKey());
			}
			return editForm(meeting, model);
		}
		redirect.addFlashAttribute("success", "meeting.flash.changed");
		return "redirect:/veranstaltungen/" + id;
	}

	private static String editForm(MeetingView meeting, Model model) {
		model.addAttribute("editing", meeting);
		model.addAttribute("formAction", "/veranstaltungen/" + meeting.id() + "/bearbeiten");
		return FORM_VIEW;
	}

	@GetMapping("/veranstaltungen/{id}/folgetreffen")
	String initFollowUpForm(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id, Model model) {
		if (user == null) {
			return "redirect:/login";
		}
		MeetingView previous = meetings.forOrganiser(user, id);
		model.addAttribute("form", MeetingForm.followUpOf(previous, LocalDate.now(clock)));
		return followUpForm(previous, model);
	}

	@PostMapping("/veranstaltungen/{id}/folgetreffen")
	String processFollowUpForm(@AuthenticationPrincipal @Nullable PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (user == null) {
			return "redirect:/login";
		}
		Forms.requireBound(result);
		MeetingView previous = meetings.forOrganiser(user, id);
		form.validate(result, LocalDate.now(clock));
		if (result.hasErrors()) {
			return followUpForm(previous, model);
		}
		long followUp = meetings.createFollowUp(user, id, form.toData());
		redirect.addFlashAttribute("success", "meeting.flash.followUpCreated");
		return "redirect:/veranstaltungen/" + followUp;
	}

	private static String followUpForm(MeetingView previous, Model model) {
		model.addAttribute("previous", previous);
		model.addAttribute("formAction", "/veranstaltungen/" + previous.id() + "/folgetreffen");
		return FORM_VIEW;
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
