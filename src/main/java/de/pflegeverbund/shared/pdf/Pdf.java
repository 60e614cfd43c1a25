package de.pflegeverbund.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays out an XHTML page (rendered by Thymeleaf, styled with CSS paged media) as a PDF
 * with openhtmltopdf.
 */
public final class Pdf {

	private Pdf() {
	}

	public static byte[] fromXhtml(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
