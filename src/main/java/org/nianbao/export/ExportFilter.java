package org.nianbao.export;

import java.util.Optional;
import java.util.regex.Pattern;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.ReportMeta;

/**
 * Which reports an export holds. A region is a GB/T 2260 code and takes in its sub-regions: the code's
 * level decides how many of its digits must match (a province {@code 370000}: the first two; a
 * prefecture {@code 371300}: the first four; a county {@code 371302}: all six). A 2- or 4-digit prefix
 * ({@code 37}, {@code 3713}) is accepted as well. Years are a closed range; a report without a year or
 * region passes only when the filter does not ask for one.
 *
 * @param regionPrefix the leading digits a report's region code must have; empty: any region
 * @param fromYear the first year included, or null
 * @param toYear the last year included, or null
 * @param template {@code 2019}, {@code 2021}, {@code pre2019} or {@code unknown}; null: any
 */
public record ExportFilter(String regionPrefix, Integer fromYear, Integer toYear, String template) {

    public static final ExportFilter ALL = new ExportFilter("", null, null, null);
    private static final Pattern CODE = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}");

    /** The prefix that selects a region and its sub-regions; empty for a text that is not a region code. */
    public static Optional<String> regionPrefix(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        if (code.length() < 6) {
            return Optional.of(code);
        }
        if (code.endsWith("0000")) {
            return Optional.of(code.substring(0, 2));
        }
        return Optional.of(code.endsWith("00") ? code.substring(0, 4) : code);
    }

    public boolean regionMatches(String code) {
        return regionPrefix.isEmpty() || (code != null && code.startsWith(regionPrefix));
    }

    public boolean yearMatches(Integer year) {
        if (fromYear == null && toYear == null) {
            return true;
        }
        return year != null && (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    public boolean matches(AnnualReport report) {
        ReportMeta meta = report.report();
        if (meta == null) {
            return regionPrefix.isEmpty() && fromYear == null && toYear == null && template == null;
        }
        return regionMatches(meta.region() == null ? null : meta.region().code()) && yearMatches(meta.year())
                && (template == null || template.equals(meta.template()));
    }
}
