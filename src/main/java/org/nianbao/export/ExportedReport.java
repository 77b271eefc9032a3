package org.nianbao.export;

import java.util.List;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;

/**
 * One report as exported: the canonical report and the checks to list for it, its own and those across
 * years and levels that the exported set allowed.
 */
public record ExportedReport(AnnualReport report, List<Check> checks) {

    public ExportedReport {
        checks = List.copyOf(checks);
    }

    /** The report with its own checks, then {@code more}. */
    public static ExportedReport of(AnnualReport report, List<Check> more) {
        List<Check> all = new java.util.ArrayList<>(report.checks() == null ? List.of() : report.checks());
        all.addAll(more);
        return new ExportedReport(report, all);
    }

    /** {@code R4 reviewLitigation.review; X1 requests.carriedOver.total}: the failed checks, in order. */
    public String failedChecks() {
        return String.join("; ", checks.stream().filter(Check::failed)
                .map(c -> c.target() == null ? c.id() : c.id() + " " + c.target()).toList());
    }
}
