package org.nianbao.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.nianbao.model.AnnualReport;

/**
 * One row of the index: an archived report's metadata, its failed checks, where it is archived, whether a
 * newer version replaced it ({@code supersededBy} is that version's id), and the report itself.
 */
public record IndexedReport(
        String id,
        String agency,
        String regionCode,
        Integer year,
        String template,
        String scope,
        String status,
        List<CheckFailure> failedChecks,
        String fileName,
        String channel,
        Instant receivedAt,
        LocalDate publishedOn,
        String archivePath,
        String supersededBy,
        AnnualReport report) {

    public IndexedReport {
        failedChecks = List.copyOf(failedChecks);
    }

    public boolean superseded() {
        return supersededBy != null;
    }

    public boolean current() {
        return supersededBy == null;
    }
}
