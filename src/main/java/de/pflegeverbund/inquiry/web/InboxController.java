package de.pflegeverbund.inquiry.web;

import java.util.Optional;

import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.account.Role;
import de.pflegeverbund.inquiry.InquiryException;
import de.pflegeverbund.inquiry.InquiryManagement;
import de.pflegeverbund.provider.ProviderManagement;
import de.pflegeverbund.provider.ProviderSummary;
import de.pflegeverbund.shared.web.HomeCard;
import de.pflegeverbund.shared.web.HomeSection;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The state office's inbox of inquiries whose postal code no Träger covers. The
 * coordinator sees place and interest only, and hands each inquiry to a Träger.
 */
@Controller
@RequestMapping("/koordination/anfragen")
class InboxController implements HomeSection {

	private final InquiryManagement inquiries;

	private final ProviderManagement providers;

	InboxController(InquiryManagement inquiries, ProviderManagement providers) {
		this.inquiries = inquiries;
		this.providers = providers;
	}

	@Override
	public Optional<HomeCard> card(Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof PortalUser user) || !user.hasRole(Role.COORDINATOR)) {
			return Optional.empty();
		}
		long waiting = inquiries.countInbox();
		return (waiting == 0) ? Optional.empty()
				: Optional.of(new HomeCard("inquiry.card.inboxTitle", "inquiry.card.inboxText",
						new Object[] { waiting }, "/koordination/anfragen", "inquiry.card.inboxLink", true));
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("items", inquiries.inbox(user));
		model.addAttribute("providers", providers.findAll().stream().filter(ProviderSummary::active).toList());
		return "inquiry/inbox";
	}

	@PostMapping("/{id}/weiterleiten")
	String forward(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long providerId, Model model, RedirectAttributes redirect) {
		try {
			if (providerId == null) {
				throw new InquiryException("providerId", "inquiry.inbox.providerRequired");
			}
			inquiries.forward(user, id, providerId);
		}
		catch (InquiryException ex) {
			model.addAttribute("errorId", id);
			model.addAttribute("errorKey", ex.messageKey());
			return inbox(user, model);
		}
		redirect.addFlashAttribute("success", "inquiry.flash.forwarded");
		return "redirect:/koordination/anfragen";
	}

}
