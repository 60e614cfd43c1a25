package de.pflegeverbund.visit;

import java.util.List;
import java.util.Locale;

import de.pflegeverbund.family.FamilyRef;
import de.pflegeverbund.shared.pdf.Pdf;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a family's contact log as a PDF for a care-plan meeting (Hilfeplangespräch):
 * the Thymeleaf template {@code visit/log-pdf} as XHTML, laid out by openhtmltopdf.
 * Internal notes are left out.
 */
@Component
class VisitLogPdf {

	private final TemplateEngine templates;

	VisitLogPdf(TemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(FamilyRef family, List<VisitView> visits) {
		Context context = new Context(Locale.GERMAN);
		context.setVariable("family", family);
		context.setVariable("visits", visits);
		String html = templates.process("visit/log-pdf", context);
		return Pdf.fromXhtml(html);
	}

}
