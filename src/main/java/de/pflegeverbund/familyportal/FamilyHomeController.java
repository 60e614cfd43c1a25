package de.pflegeverbund.familyportal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.familyportal.Forms.ConcernForm;
import de.pflegeverbund.familyportal.Forms.CorrectionForm;
import de.pflegeverbund.familyportal.Portal.CorrectionTopic;
import de.pflegeverbund.shared.pdf.Pdf;
import jakarta.validation.Valid;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

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
 * The family's own pages under {@code /familie} (role FAMILY): home, correction requests,
 * data export, concerns.
 */
@Controller
class FamilyHomeController {

	private final FamilyPortal portal;

	private final TemplateEngine templates;

	private final JsonMapper json;

	FamilyHomeController(FamilyPortal portal, TemplateEngine templates, JsonMapper json) {
		this.portal = portal;
		this.templates = templates;
		this.json = json;
	}

	@GetMapping("/familie")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("home", portal.home(user));
		return "familyportal/home";
	}

	@GetMapping("/familie/korrektur")
	String correctionForm(@AuthenticationPrincipal PortalUser user, Model model) {
		portal.familyOf(user);
		model.addAttribute("form", CorrectionForm.empty());
		model.addAttribute("topicOptions", Arrays.asList(CorrectionTopic.values()));
		return "familyportal/correction";
	}

	@PostMapping("/familie/korrektur")
	String requestCorrection(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") CorrectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		de.pflegeverbund.shared.web.Forms.requireBound(result);
		portal.familyOf(user);
		if (result.hasErrors()) {
			model.addAttribute("topicOptions", Arrays.asList(CorrectionTopic.values()));
			return "familyportal/correction";
		}
		portal.requestCorrection(user, form.topic(), form.text().strip());
		redirect.addFlashAttribute("success", "portal.flash.correction");
		return "redirect:/familie";
	}

	@GetMapping("/familie/auskunft.pdf")
	ResponseEntity<byte[]> exportPdf(@AuthenticationPrincipal PortalUser user) {
		Context context = new Context(Locale.GERMAN);
		context.setVariable("export", portal.export(user));
		byte[] pdf = Pdf.fromXhtml(templates.process("familyportal/export-pdf", context));
		return download(pdf, MediaType.APPLICATION_PDF, "auskunft.pdf");
	}

	@GetMapping("/familie/auskunft.json")
	ResponseEntity<byte[]> exportJson(@AuthenticationPrincipal PortalUser user) {
		byte[] body = json.writerWithDefaultPrettyPrinter()
			.writeValueAsString(portal.export(user))
			.getBytes(StandardCharsets.UTF_8);
		return download(body, new MediaType("application", "json", StandardCharsets.UTF_8), "auskunft.json");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/familie/anliegen/neu")
	String concernForm(@AuthenticationPrincipal PortalUser user, Model model) {
		portal.familyOf(user);
		model.addAttribute("form", ConcernForm.empty());
		return "familyportal/concern-new";
	}

	@PostMapping("/familie/anliegen")
	String raiseConcern(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ConcernForm form,
			BindingResult result, RedirectAttributes redirect) {
		de.pflegeverbund.shared.web.Forms.requireBound(result);
		portal.familyOf(user);
		if (result.hasErrors()) {
			return "familyportal/concern-new";
		}
		long id = portal.raiseConcern(user, "LJA".equals(form.addressee()), form.text().strip());
		redirect.addFlashAttribute("success", "portal.flash.concern");
		return "redirect:/familie/anliegen/" + id;
	}

	@GetMapping("/familie/anliegen/{id}")
	String concern(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("concern", portal.ownConcern(user, id));
		return "familyportal/concern";
	}

	@PostMapping("/familie/anliegen/{id}/antwort")
	String reply(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "text", defaultValue = "") String text, Model model, RedirectAttributes redirect) {
		if (!ConcernController.validText(text)) {
			model.addAttribute("replyError", "portal.concern.text.required");
			model.addAttribute("replyText", text);
			return concern(user, id, model);
		}
		portal.replyAsFamily(user, id, text.strip());
		redirect.addFlashAttribute("success", "portal.flash.reply");
		return "redirect:/familie/anliegen/" + id;
	}

}
