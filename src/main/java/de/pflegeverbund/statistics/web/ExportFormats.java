package de.pflegeverbund.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import de.pflegeverbund.shared.pdf.Pdf;
import de.pflegeverbund.shared.web.Csv;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Writes export tables as CSV (UTF-8 with byte-order mark and semicolons, so that German
 * Excel opens it correctly; cells that would start a formula are quoted with an
 * apostrophe), as XLSX (one sheet per table, numbers as numbers) and as the PDF report
 * (template {@code statistics/report-pdf}, laid out by openhtmltopdf).
 */
@Component
class ExportFormats {

	private final TemplateEngine templates;

	ExportFormats(TemplateEngine templates) {
		this.templates = templates;
	}

	byte[] csv(List<ExportTable> tables) {
		StringBuilder out = new StringBuilder("\uFEFF");
		boolean first = true;
		for (ExportTable table : tables) {
			if (!first) {
				out.append("\r\n");
			}
			first = false;
			if (tables.size() > 1) {
				Csv.appendRow(out, List.of(table.title()));
			}
			Csv.appendRow(out, table.header());
			for (List<ExportTable.Cell> row : table.rows()) {
				Csv.appendRow(out, row.stream().map(ExportTable.Cell::text).toList());
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(List<ExportTable> tables) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "Pflegeverbund-Portal", "1.0");
			Set<String> names = new HashSet<>();
			for (ExportTable table : tables) {
				Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
				for (int c = 0; c < table.header().size(); c++) {
					sheet.value(0, c, table.header().get(c));
					sheet.style(0, c).bold().set();
				}
				for (int r = 0; r < table.rows().size(); r++) {
					List<ExportTable.Cell> row = table.rows().get(r);
					for (int c = 0; c < row.size(); c++) {
						ExportTable.Cell cell = row.get(c);
						if (cell.number() != null) {
							sheet.value(r + 1, c, cell.number());
						}
						else {
							sheet.value(r + 1, c, cell.text());
						}
					}
				}
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sheetName(String title, Set<String> taken) {
		String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
		base = base.substring(0, Math.min(28, base.length()));
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
			name = base + " " + i;
		}
		return name;
	}

	/**
	 * The yearly report.
	 * @param chart bars of the trend: label and value per year, for the chart
	 */
	byte[] pdf(String title, String subtitle, List<ExportTable> tables, List<ChartBar> chart) {
		Context context = new Context(Locale.GERMAN);
		context.setVariable("title", title);
		context.setVariable("subtitle", subtitle);
		context.setVariable("tables", tables);
		context.setVariable("chart", chart);
		String html = templates.process("statistics/report-pdf", context);
		return Pdf.fromXhtml(html);
	}

	/**
	 * One bar of the report's chart.
	 *
	 * @param percent length relative to the longest bar
	 */
	record ChartBar(String label, String value, int percent) {
	}

}
