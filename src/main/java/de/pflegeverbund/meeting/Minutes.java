package de.pflegeverbund.meeting;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Minutes are written as Markdown (headings, lists, emphasis, links) and rendered to HTML
 * with every raw HTML tag escaped and unsafe link targets (e.g. {@code javascript:})
 * removed, so that they can be shown as formatted text without a script ever getting in.
 */
final class Minutes {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private Minutes() {
	}

	static String toHtml(String markdown) {
		return RENDERER.render(PARSER.parse(markdown));
	}

}
