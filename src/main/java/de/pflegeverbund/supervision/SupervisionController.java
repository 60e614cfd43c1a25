package de.pflegeverbund.supervision;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.web.Csv;
import de.pflegeverbund.shared.web.Forms;
import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.StaleFormException;
import de.pflegeverbund.shared.web.Stamp;
import de.pflegeverbund.supervision.Views.Progress;
import de.pflegeverbund.supervision.Views.QualityReport;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
 * The supervision log of counsellors and Leitung (`/supervision`), the Leitung's quality
 * page with the target hours and CSV export (`/leitung/qualitaet`), the coordinator's
 * share of counsellors meeting the target per Träger (`/koordination/qualitaet`).
 */
@Controller
class SupervisionController {

	private static final String FORM_VIEW = "supervision/form";

	private final SupervisionManagement supervision;

	private final ProviderManagement providers;

	private final MessageSource messages;

	private final Clock clock;

	private final int threshold;

	SupervisionController(SupervisionManagement supervision, ProviderManagement providers, MessageSource messages,
			Clock clock, @Value("${portal.statistics.threshold}") int threshold) {
		this.supervision = supervision;
		this.providers = providers;
		this.messages = messages;
		this.clock = clock;
		this.threshold = threshold;
	}

	@ModelAttribute("kindOptions")
	List<SupervisionKind> kindOptions() {
		return Arrays.asList(SupervisionKind.values());
	}

	@GetMapping("/supervision")
	String overview(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "jahr", required = false) @Nullable Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("overview", supervision.overview(user, shown));
		model.addAttribute("years", years());
		return "supervision/overview";
	}

	@GetMapping("/supervision/neu")
	String initForm(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("colleagues", supervision.colleagues(user));
		model.addAttribute("form", SessionForm.empty(today(), user.id()));
		return FORM_VIEW;
	}

	@PostMapping("/supervision/neu")
	String processForm(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		model.addAttribute("colleagues", supervision.colleagues(user));
		form.validate(result, today());
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		List<String> names = supervision.suspectedNames(user, form.topics(), form.agreements(), form.supervisorName());
		if (!names.isEmpty() && !form.namesConfirmed()) {
			model.addAttribute("suspectedNames", names);
			return FORM_VIEW;
		}
		long id;
		try {
			id = supervision.record(user, form.toData());
		}
		catch (SupervisionException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("success", "supervision.flash.recorded");
		return "redirect:/supervision/" + id;
	}

	@GetMapping("/supervision/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("entry", supervision.find(user, id));
		return "supervision/detail";
	}

	@GetMapping("/leitung/qualitaet")
	String quality(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "jahr", required = false) @Nullable Integer year, Model model) {
		QualityReport report = supervision.quality(user, year(year));
		model.addAttribute("report", report);
		model.addAttribute("years", years());
		if (!model.containsAttribute(Stamp.FIELD)) {
			model.addAttribute(Stamp.FIELD, Stamp.of(report.targetHours()));
		}
		return "supervision/quality";
	}

	@PostMapping("/leitung/qualitaet/sollstunden")
	String changeTarget(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "hours", defaultValue = "") String hours,
			@RequestParam(name = Stamp.FIELD, required = false) @Nullable String stamp, Model model,
			RedirectAttributes redirect) {
		if (!hours.strip().matches("[0-9]{1,3}") || Integer.parseInt(hours.strip()) > 500) {
			model.addAttribute("targetError", "supervision.target.invalid");
			model.addAttribute("targetInput", hours);
			if (stamp != null) {
				// still the state the form was made from
				model.addAttribute(Stamp.FIELD, stamp);
			}
			return quality(user, null, model);
		}
		try {
			supervision.changeTarget(user, Integer.parseInt(hours.strip()), stamp);
		}
		catch (StaleFormException ex) {
			// the page shows the target stored meanwhile; the typed hours stay in the
			// field
			model.addAttribute("targetError", "supervision.target.conflict");
			model.addAttribute("targetInput", hours);
			return quality(user, null, model);
		}
		redirect.addFlashAttribute("success", "supervision.flash.target");
		return "redirect:/leitung/qualitaet";
	}

	@GetMapping("/leitung/qualitaet.csv")
	ResponseEntity<byte[]> qualityCsv(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "jahr", required = false) @Nullable Integer year) {
		QualityReport report = supervision.quality(user, year(year));
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(text("supervision.quality.counsellor"), text("supervision.quality.sessionHours"),
				text("supervision.quality.workingGroupHours"), text("supervision.quality.totalHours"),
				text("supervision.quality.target"), text("supervision.quality.expected"),
				text("supervision.quality.status")));
		for (Progress progress : report.counsellors()) {
			rows.add(List.of(progress.name(), hours(progress.sessionMinutes()), hours(progress.workingGroupMinutes()),
					hours(progress.totalMinutes()), Integer.toString(progress.targetHours()),
					hours(progress.expectedMinutes()),
					text(progress.behind() ? "supervision.quality.behind" : "supervision.quality.onTrack")));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("supervision-" + report.year() + ".csv")
						.build()
						.toString())
			.body(Csv.of(rows));
	}

	@GetMapping("/koordination/qualitaet")
	String compliance(@RequestParam(name = "jahr", required = false) @Nullable Integer year, Model model) {
		int shown = year(year);
		Map<Long, Compliance> compliance = supervision.compliance(shown);
		List<ComplianceRow> rows = new ArrayList<>();
		for (ProviderSummary provider : providers.findAll()) {
			Compliance figures = compliance.get(provider.id());
			if (provider.active()) {
				int counsellors = (figures != null) ? figures.counsellors() : 0;
				rows.add(new ComplianceRow(provider.name(), counsellors,
						(figures != null && counsellors >= threshold) ? figures.percent() : null));
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("year", shown);
		model.addAttribute("years", years());
		model.addAttribute("threshold", threshold);
		return "supervision/compliance";
	}

	/**
	 * One Träger on the coordinator's page; the share is left out for fewer counsellors
	 * than the statistics threshold.
	 */
	record ComplianceRow(String provider, int counsellors, @Nullable Integer percent) {
	}

	private String hours(int minutes) {
		return String.format(java.util.Locale.GERMAN, "%.1f", minutes / 60.0);
	}

	private String text(String key) {
		return messages.getMessage(key, null, java.util.Locale.GERMAN);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Berlin")));
	}

	private int year(@Nullable Integer year) {
		int current = today().getYear();
		if (year == null) {
			return current;
		}
		if (year < current - 5 || year > current) {
			throw new NotFoundException();
		}
		return year;
	}

	private List<Integer> years() {
		int current = today().getYear();
		return List.of(current, current - 1, current - 2);
	}

}
