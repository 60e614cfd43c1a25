package de.pflegeverbund.account.web;

import de.pflegeverbund.account.security.PendingForm;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows a form that was sent after the session had expired, with its values, so that the
 * user can send it again.
 */
@Controller
class PendingFormController {

	@GetMapping("/eingaben-wiederherstellen")
	String restore(HttpSession session, Model model) {
		PendingForm form = PendingForm.take(session);
		if (form == null) {
			return "redirect:/";
		}
		model.addAttribute("pending", form);
		return "account/pending-form";
	}

}
