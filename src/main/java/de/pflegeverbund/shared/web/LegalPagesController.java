package de.pflegeverbund.shared.web;

import java.time.Period;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public imprint and privacy notice, filled from {@link SiteProperties} and the
 * retention periods configured for inquiries.
 */
@Controller
class LegalPagesController {

	private final SiteProperties site;

	private final MessageSource messages;

	private final Period inquiryClosedRetention;

	private final Period inquiryIdleRetention;

	LegalPagesController(SiteProperties site, MessageSource messages,
			@Value("${portal.inquiry.closed-retention}") Period inquiryClosedRetention,
			@Value("${portal.inquiry.idle-retention}") Period inquiryIdleRetention) {
		this.site = site;
		this.messages = messages;
		this.inquiryClosedRetention = inquiryClosedRetention;
		this.inquiryIdleRetention = inquiryIdleRetention;
	}

	@GetMapping("/impressum")
	String imprint(Model model) {
		model.addAttribute("site", site);
		return "legal/imprint";
	}

	@GetMapping("/datenschutz")
	String privacy(Model model, Locale locale) {
		model.addAttribute("site", site);
		model.addAttribute("closedRetention", text(inquiryClosedRetention, locale));
		model.addAttribute("idleRetention", text(inquiryIdleRetention, locale));
		return "legal/privacy";
	}

	private String text(Period period, Locale locale) {
		if (period.getDays() == 0) {
			return messages.getMessage("legal.period.months", new Object[] { period.toTotalMonths() }, locale);
		}
		long days = period.toTotalMonths() * 30 + period.getDays();
		return messages.getMessage("legal.period.days", new Object[] { days }, locale);
	}

}
