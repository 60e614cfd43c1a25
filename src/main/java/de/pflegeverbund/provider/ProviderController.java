package de.pflegeverbund.provider;

import de.pflegeverbund.shared.web.NotFoundException;
import de.pflegeverbund.shared.web.Forms;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the network's Träger by the coordinator.
 */
@Controller
@RequestMapping("/koordination/traeger")
class ProviderController {

	private static final String FORM_VIEW = "provider/form";

	private final ProviderManagement providers;

	ProviderController(ProviderManagement providers) {
		this.providers = providers;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("providers", providers.findAll());
		return "provider/list";
	}

	@GetMapping("/neu")
	String initCreationForm(Model model) {
		model.addAttribute("form", ProviderForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/neu")
	String processCreationForm(@Valid @ModelAttribute("form") ProviderForm form, BindingResult result,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			long id = providers.create(form.toData());
			redirect.addFlashAttribute("success", "provider.flash.created");
			return "redirect:/koordination/traeger/" + id;
		}
		catch (ProviderConflictException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		ProviderSummary provider = providers.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("provider", provider);
		model.addAttribute("form", ProviderForm.of(provider));
		return FORM_VIEW;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") ProviderForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		ProviderSummary current = providers.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("provider", current);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			providers.update(id, (form.version() != null) ? form.version() : -1, form.toData());
			redirect.addFlashAttribute("success", "provider.flash.saved");
			return "redirect:/koordination/traeger/" + id;
		}
		catch (ProviderConflictException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			return FORM_VIEW;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("formVersion", current.version());
			model.addAttribute("conflict", true);
			return FORM_VIEW;
		}
	}

	@PostMapping("/{id}/deaktivieren")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		providers.deactivate(id);
		redirect.addFlashAttribute("success", "provider.flash.deactivated");
		return "redirect:/koordination/traeger/" + id;
	}

	@PostMapping("/{id}/aktivieren")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		providers.activate(id);
		redirect.addFlashAttribute("success", "provider.flash.activated");
		return "redirect:/koordination/traeger/" + id;
	}

}
