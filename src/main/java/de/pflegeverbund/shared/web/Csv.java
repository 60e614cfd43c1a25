package de.pflegeverbund.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as German Excel opens it: UTF-8 with byte-order mark, semicolons, CRLF; cells that
 * would start a formula are prefixed with an apostrophe (no formula injection).
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * The rows (the first usually the header) as a CSV file.
	 */
	public static byte[] of(List<List<String>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (List<String> row : rows) {
			appendRow(out, row);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Appends one row, ended by CRLF.
	 */
	public static void appendRow(StringBuilder out, List<String> row) {
		out.append(String.join(";", row.stream().map(Csv::field).toList())).append("\r\n");
	}

	/**
	 * One cell, quoted where needed.
	 */
	public static String field(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
