package de.pflegeverbund.statistics.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of figures as exported: the same content for CSV, XLSX and the PDF report.
 *
 * @param title what the table shows
 * @param header column titles
 * @param rows the cells, row by row
 */
public record ExportTable(String title, List<String> header, List<List<Cell>> rows) {

	/**
	 * A cell: its text as shown (German number format, "< 3" where suppressed) and, where
	 * it is a plain number, the number (for spreadsheets).
	 */
	public record Cell(String text, @Nullable Number number) {

		static Cell text(String text) {
			return new Cell(text, null);
		}

	}

}
