package org.nianbao.summary;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.model.Warning;
import org.nianbao.summary.RegionalSummary.Excluded;

/**
 * The reports a region-year's summary is made of, as the office corrected them: the effective versions, the
 * reports it excluded from the sums (with its reason), and notes naming every correction in force.
 */
public interface SummaryInputs {

    /** The indexed versions as they are: nothing corrected. */
    SummaryInputs AS_INDEXED = (regionYear, versions) -> new Adjusted(versions, List.of(), List.of());

    Adjusted adjust(RegionYear regionYear, List<IndexedReport> versions) throws IndexException;

    /** What goes into the calculator, and what is added to its result. */
    record Adjusted(List<IndexedReport> versions, List<Excluded> excluded, List<Warning> notes) {

        public Adjusted {
            versions = List.copyOf(versions);
            excluded = List.copyOf(excluded);
            notes = List.copyOf(notes);
        }

        /** The calculator's summary with the office's exclusions and notes; an excluded agency is not missing. */
        RegionalSummary applyTo(RegionalSummary summary) {
            if (excluded.isEmpty() && notes.isEmpty()) {
                return summary;
            }
            List<Excluded> allExcluded = new ArrayList<>(summary.excluded());
            allExcluded.addAll(excluded);
            List<Warning> warnings = new ArrayList<>(summary.warnings());
            warnings.addAll(notes);
            AgencyNames names = new AgencyNames(summary.region().path() == null ? List.of() : summary.region().path());
            List<String> missing = summary.missing().stream()
                    .filter(agency -> excluded.stream().noneMatch(e -> names.same(e.agency(), agency)))
                    .toList();
            return new RegionalSummary(summary.schemaVersion(), summary.region(), summary.year(), summary.template(),
                    summary.generatedAt(), summary.tables(), summary.checks(), summary.included(), allExcluded, missing,
                    summary.failedChecks(), warnings, summary.crossChecks());
        }
    }
}
