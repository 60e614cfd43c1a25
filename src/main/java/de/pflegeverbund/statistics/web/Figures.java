package de.pflegeverbund.statistics.web;

import java.text.NumberFormat;
import java.util.Locale;

import de.pflegeverbund.statistics.StatisticsProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats figures for pages and exports. In cross-Träger views small counts are
 * suppressed: a count from 1 up to below the threshold is shown as "< threshold", and a
 * ratio whose numerator or base is such a count is not shown at all, so that no single
 * family or child can be singled out. Used in templates as {@code @figures}.
 */
@Component("figures")
public class Figures {

	private final int threshold;

	Figures(StatisticsProperties properties) {
		this.threshold = properties.threshold();
	}

	public String count(long value, boolean suppress) {
		if (suppress && isSmall(value)) {
			return "< " + threshold;
		}
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/**
	 * A ratio with one decimal, "–" when there is none or it would reveal a small count.
	 */
	public String ratio(@Nullable Double value, long numerator, long base, boolean suppress) {
		if (value == null || (suppress && (isSmall(numerator) || isSmall(base)))) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/**
	 * The value for a chart: the plain number, or empty where the count is suppressed.
	 */
	public String chartValue(long value, boolean suppress) {
		return (suppress && isSmall(value)) ? "" : Long.toString(value);
	}

	public boolean isSmall(long value) {
		return value > 0 && value < threshold;
	}

	public int threshold() {
		return threshold;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
